using System.Net;
using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Storage;
using Polly;
using Polly.Retry;

namespace CdsBot.Channels;

/// <summary>
/// What the platform senders share: the loop over a reply's parts (each checked against the citizen's window, and
/// recorded once sent), Polly retries with exponential back-off and jitter, and the classification of network faults
/// (429 → throttled, other faults and timeouts → transient). A channel supplies only its wire format (how one part is
/// sent, <typeparamref name="TResult"/> the platform's answer) and what its error codes mean.
/// </summary>
/// <typeparam name="TResult">The platform's answer to one call (Zalo's body, a Graph result).</typeparam>
public abstract class ChannelSender<TResult> : IOutboundChannel
{
    private readonly ResiliencePipeline<TResult> _retries;
    private readonly TimeProvider _time;

    /// <param name="retries">Retries after the first attempt; 0 means one attempt.</param>
    /// <param name="baseDelay">The first back-off, doubled per retry.</param>
    protected ChannelSender(int retries, TimeSpan baseDelay, TimeProvider time)
    {
        _time = time;
        // Polly's retry strategy wants at least one retry, so with none it is left out.
        _retries = retries <= 0 ? ResiliencePipeline<TResult>.Empty : new ResiliencePipelineBuilder<TResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<TResult>
            {
                ShouldHandle = new PredicateBuilder<TResult>()
                    .Handle<HttpRequestException>(e => IsTransientStatus(e.StatusCode))
                    .Handle<TaskCanceledException>()
                    .HandleResult(ShouldRetry),
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } result ? RetryAfter(result) : null),
            })
            .Build();
    }

    public abstract string Channel { get; }

    /// <summary>The platform's name as failure reasons give it ("Zalo", "Graph API").</summary>
    protected abstract string Platform { get; }

    public abstract Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken);

    /// <summary>Sends one part, its platform call wrapped in <see cref="WithRetriesAsync"/>.</summary>
    protected abstract Task<TResult> SendPartAsync(SendPart part, CancellationToken cancellationToken);

    /// <summary>Null when the platform accepted the part; otherwise what became of it (recording what the error says of the citizen).</summary>
    protected abstract Task<SendOutcome?> ClassifyAsync(SendPart part, TResult result, CancellationToken cancellationToken);

    /// <summary>The platform's id of the message it accepted.</summary>
    protected abstract string? MessageIdOf(TResult result);

    /// <summary>A result worth retrying at once (a rate limit Polly may wait out, a transient fault).</summary>
    protected abstract bool ShouldRetry(TResult result);

    /// <summary>How long the platform asked to wait before the retry; null lets the back-off decide.</summary>
    protected virtual TimeSpan? RetryAfter(TResult result) => null;

    /// <summary>HTTP statuses (null: no answer at all) worth retrying at once.</summary>
    protected virtual bool IsTransientStatus(HttpStatusCode? status) =>
        status is null or >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests;

    /// <summary>HTTP statuses that refuse the request for good; others that escape the retries count as transient.</summary>
    protected virtual bool IsRefusal(HttpStatusCode? status) => false;

    /// <summary>
    /// Null when the citizen may be sent a message now, with <paramref name="unrecorded"/> parts already sent to them that
    /// the window does not count yet (those of the reply being sent); otherwise why not.
    /// </summary>
    protected abstract Task<string?> WhyNotReachableAsync(string recipientId, int unrecorded, CancellationToken cancellationToken);

    protected abstract Task RecordUnreachableAsync(string recipientId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Counts <paramref name="parts"/> sent against the citizen's window, where the window counts messages: written with
    /// the send's outcome (<see cref="SendOutcome.Record"/>), in its transaction, rather than in one of its own per part.
    /// </summary>
    protected virtual Action<StatementBatch>? RecordSent(string recipientId, int parts) => null;

    /// <summary>Called once every part of a reply is accepted.</summary>
    protected virtual void OnDelivered()
    {
    }

    /// <summary>
    /// The part loop: sends <paramref name="messages"/> from <paramref name="partsAlreadySent"/> on, each only while the
    /// citizen is reachable, stopping at the first failure with how many parts are sent. Until <paramref name="openUntilMs"/>
    /// (the end of a window that only lengthens, as a read just found it) reachability is not read again.
    /// </summary>
    protected async Task<SendOutcome> SendPartsAsync(string recipientId, IReadOnlyList<JsonObject> messages, int partsAlreadySent, string lane, string? reference, CancellationToken cancellationToken, long? openUntilMs = null)
    {
        string? lastId = null;
        var sent = 0;
        for (var index = partsAlreadySent; index < messages.Count; index++)
        {
            try
            {
                var knownOpen = openUntilMs is { } until && _time.GetUtcNow().ToUnixTimeMilliseconds() <= until;
                if (!knownOpen && await WhyNotReachableAsync(recipientId, sent, cancellationToken) is { } why)
                {
                    await RecordUnreachableAsync(recipientId, why, cancellationToken);
                    return Counting(SendOutcome.Permanent(why, index));
                }

                var (failure, messageId) = await SendOneAsync(new SendPart(recipientId, messages[index], index, lane, reference), cancellationToken);
                if (failure is not null)
                {
                    return Counting(failure);
                }

                lastId = messageId;
                sent++;
            }
            catch (Exception ex) when (sent > 0 && !cancellationToken.IsCancellationRequested)
            {
                // Parts already went out (a token refresh or a database read failed before the next one): the outcome
                // must still say so, and count them against the window, or they would be sent and counted again.
                return Counting(SendOutcome.Transient($"{ex.GetType().Name}: {ex.Message}", index));
            }
        }

        OnDelivered();
        return Counting(SendOutcome.Sent(lastId, messages.Count));

        SendOutcome Counting(SendOutcome outcome) => sent == 0 ? outcome : outcome with { Record = RecordSent(recipientId, sent) };
    }

    /// <summary>One part with retries and classification, without the window check (a lane that has its own rules).</summary>
    protected async Task<(SendOutcome? Failure, string? MessageId)> SendOneAsync(SendPart part, CancellationToken cancellationToken)
    {
        TResult result;
        try
        {
            result = await SendPartAsync(part, cancellationToken);
        }
        catch (HttpRequestException ex) when (IsRefusal(ex.StatusCode))
        {
            return (SendOutcome.Permanent($"{Platform} refused the request: {ex.Message}", part.Index), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex is HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests }
                ? (SendOutcome.Throttled($"{Platform} rate limit: {ex.Message}", part.Index), null)
                : (SendOutcome.Transient($"{Platform} unreachable: {ex.Message}", part.Index), null);
        }

        return await ClassifyAsync(part, result, cancellationToken) is { } failure ? (failure, null) : (null, MessageIdOf(result));
    }

    /// <summary>The platform call with the retries; each attempt gets its own copy of <paramref name="message"/> (the client may change it).</summary>
    protected async Task<TResult> WithRetriesAsync(Func<JsonObject, CancellationToken, Task<TResult>> call, JsonObject message, CancellationToken cancellationToken) =>
        await _retries.ExecuteAsync(async ct => await call((JsonObject)message.DeepClone(), ct), cancellationToken);
}

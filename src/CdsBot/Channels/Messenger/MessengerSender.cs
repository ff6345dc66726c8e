using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Observability;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Sends replies through the Send API with messaging_type RESPONSE, inside the 24-hour window only. Graph errors are
/// classified: 190 invalid token → alert, no retry; 4/17/32/613/80006 rate limits and 1/2/1200 transient faults →
/// Polly retries, backing off as Meta's headers ask; 10/2018278 outside the window and 551/1545041 unavailable →
/// no retry, recorded on the person; anything else → permanent.
/// </summary>
public sealed class MessengerSender : IOutboundChannel
{
    private static readonly HashSet<int> RateLimits = [4, 17, 32, 613, 80001, 80006];
    private static readonly HashSet<int> Transient = [1, 2, 1200];
    private static readonly HashSet<int> OutsideWindow = [2018278, 2534022, 2018065];
    private static readonly HashSet<int> Unavailable = [1545041, 2018108];

    private readonly MessengerApiClient _api;
    private readonly MessengerUsers _users;
    private readonly MessengerOptions _options;
    private readonly ILogger<MessengerSender> _logger;
    private readonly ChannelTokenHealth _tokens;
    private readonly ResiliencePipeline<GraphResult> _retries;

    public MessengerSender(MessengerApiClient api, MessengerUsers users, IOptions<MessengerOptions> options, ChannelTokenHealth tokens, TimeProvider time, ILogger<MessengerSender> logger)
    {
        _api = api;
        _users = users;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger;
        var maxDelay = TimeSpan.FromSeconds(_options.MaxRateLimitDelaySeconds);
        // SendRetries = 0 means one attempt; Polly's retry strategy wants at least one retry, so it is left out.
        _retries = _options.SendRetries <= 0 ? ResiliencePipeline<GraphResult>.Empty : new ResiliencePipelineBuilder<GraphResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GraphResult>
            {
                ShouldHandle = new PredicateBuilder<GraphResult>()
                    .Handle<HttpRequestException>(e => e.StatusCode is null or >= System.Net.HttpStatusCode.InternalServerError or System.Net.HttpStatusCode.TooManyRequests)
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => IsRetryable(r) && (r.RetryAfter is null || r.RetryAfter <= maxDelay)),
                MaxRetryAttempts = _options.SendRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(_options.SendRetryBaseDelayMilliseconds),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            })
            .Build();
    }

    public string Channel => MessengerWebhookApi.Channel;

    public Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken) =>
        SendAsync(recipientId, activity, partsAlreadySent, "RESPONSE", reference, cancellationToken);

    /// <summary>
    /// Sends with <paramref name="messagingType"/>: RESPONSE for replies, UPDATE for proactive messages inside the window.
    /// The Send API has no idempotency key (a call that timed out may still have been delivered); <paramref name="reference"/>
    /// goes out as message.metadata with the part's index, which Meta echoes back (message_echoes) to reconcile with.
    /// See https://developers.facebook.com/docs/messenger-platform/reference/send-api.
    /// </summary>
    public async Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string messagingType, string? reference, CancellationToken cancellationToken)
    {
        var messages = MessengerMessageRenderer.Render(activity, _options);
        string? lastId = null;
        for (var part = partsAlreadySent; part < messages.Count; part++)
        {
            if (await _users.WhyNotReachableAsync(recipientId, cancellationToken) is { } why)
            {
                await _users.RecordUnreachableAsync(recipientId, why, cancellationToken);
                return SendOutcome.Permanent(why, part);
            }

            GraphResult result;
            try
            {
                var message = (JsonObject)messages[part].DeepClone();
                if (reference is not null)
                {
                    message["metadata"] = $"{reference}:{part}";
                }

                result = await _retries.ExecuteAsync(async ct => await _api.SendAsync(recipientId, messagingType, (JsonObject)message.DeepClone(), ct), cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return ex is HttpRequestException { StatusCode: System.Net.HttpStatusCode.TooManyRequests }
                    ? SendOutcome.Throttled($"Graph API rate limit: {ex.Message}", part)
                    : SendOutcome.Transient($"Graph API unreachable: {ex.Message}", part);
            }

            if (!result.Succeeded)
            {
                return await ClassifyAsync(recipientId, result, part, cancellationToken);
            }

            lastId = result.MessageId;
        }

        _tokens.Worked(Channel);
        return SendOutcome.Sent(lastId, messages.Count);
    }

    private static bool IsRetryable(GraphResult result) =>
        !result.Succeeded && (RateLimits.Contains(result.Code) || (Transient.Contains(result.Code) && result.Subcode != 1357046));

    private async Task<SendOutcome> ClassifyAsync(string psid, GraphResult result, int part, CancellationToken cancellationToken)
    {
        var reason = $"Graph error {result.Code}/{result.Subcode}: {result.Message}";
        if (result.Code == 190)
        {
            _logger.LogCritical("The Messenger Page access token is invalid or expired ({Reason}); replace Messenger__PageAccessToken", reason);
            _tokens.Failed(Channel, "the Page access token is invalid or expired (Graph error 190); replace Messenger__PageAccessToken");
            return SendOutcome.Permanent(reason, part);
        }

        if (OutsideWindow.Contains(result.Subcode) || result.Code == 551 || Unavailable.Contains(result.Subcode))
        {
            await _users.RecordUnreachableAsync(psid, reason, cancellationToken);
            return SendOutcome.Permanent(reason, part);
        }

        return RateLimits.Contains(result.Code) ? SendOutcome.Throttled(reason, part, result.RetryAfter)
            : IsRetryable(result) ? SendOutcome.Transient(reason, part)
            : SendOutcome.Permanent(reason, part);
    }
}

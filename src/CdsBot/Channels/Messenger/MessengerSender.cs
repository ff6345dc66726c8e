using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Observability;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Sends replies through the Send API with messaging_type RESPONSE, inside the 24-hour window only. Graph errors are
/// classified: 190 invalid token → alert, no retry; 4/17/32/613/80006 rate limits and 1/2/1200 transient faults →
/// retried by the shared <see cref="ChannelSender{TResult}"/>, backing off as Meta's headers ask; 10/2018278 outside
/// the window and 551/1545041 unavailable → no retry, recorded on the person; anything else → permanent.
/// </summary>
public sealed class MessengerSender : ChannelSender<GraphResult>
{
    private static readonly HashSet<int> RateLimits = [4, 17, 32, 613, 80001, 80006];
    private static readonly HashSet<int> Transient = [1, 2, 1200];
    private static readonly HashSet<int> OutsideWindow = [2018278, 2534022, 2018065];
    private static readonly HashSet<int> Unavailable = [1545041, 2018108];

    private readonly MessengerApiClient _api;
    private readonly MessengerPages _pages;
    private readonly MessengerUsers _users;
    private readonly MessengerOptions _options;
    private readonly ILogger<MessengerSender> _logger;
    private readonly ChannelTokenHealth _tokens;
    private readonly TimeSpan _maxDelay;

    public MessengerSender(MessengerApiClient api, MessengerPages pages, MessengerUsers users, IOptions<MessengerOptions> options, ChannelTokenHealth tokens, TimeProvider time, ILogger<MessengerSender> logger)
        : base(options.Value.SendRetries, TimeSpan.FromMilliseconds(options.Value.SendRetryBaseDelayMilliseconds), time)
    {
        _api = api;
        _pages = pages;
        _users = users;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger;
        _maxDelay = TimeSpan.FromSeconds(_options.MaxRateLimitDelaySeconds);
    }

    public override string Channel => MessengerWebhookApi.Channel;

    protected override string Platform => "Graph API";

    public override Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken) =>
        SendAsync(recipientId, activity, partsAlreadySent, "RESPONSE", reference, cancellationToken);

    /// <summary>
    /// Sends with <paramref name="messagingType"/>: RESPONSE for replies, UPDATE for proactive messages inside the window.
    /// The Send API has no idempotency key (a call that timed out may still have been delivered); <paramref name="reference"/>
    /// goes out as message.metadata with the part's index, which Meta echoes back (message_echoes) to reconcile with.
    /// See https://developers.facebook.com/docs/messenger-platform/reference/send-api. Sent by the Page the person wrote
    /// to (their stored id names it), with its token. Before <paramref name="openUntilMs"/>, the end of the window a read
    /// just found open, the window is not read again before each part.
    /// </summary>
    public Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string messagingType, string? reference, CancellationToken cancellationToken, long? openUntilMs = null) =>
        _pages.ForStoredId(recipientId).Page is null
            ? Task.FromResult(SendOutcome.Permanent($"the Page of '{recipientId}' is not configured (Messenger__PageAccessToken… or Messenger__Pages__N__PageId)", partsAlreadySent))
            : SendPartsAsync(recipientId, MessengerMessageRenderer.Render(activity, _options), partsAlreadySent, messagingType, reference, cancellationToken, openUntilMs);

    protected override Task<GraphResult> SendPartAsync(SendPart part, CancellationToken cancellationToken)
    {
        var (page, psid) = _pages.ForStoredId(part.RecipientId);
        var message = (System.Text.Json.Nodes.JsonObject)part.Message.DeepClone();
        if (part.Reference is not null)
        {
            message["metadata"] = $"{part.Reference}:{part.Index}";
        }

        return WithRetriesAsync((copy, ct) => _api.SendAsync(page!, psid, part.Lane, copy, ct), message, cancellationToken);
    }

    protected override async Task<SendOutcome?> ClassifyAsync(SendPart part, GraphResult result, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            return null;
        }

        var reason = $"Graph error {result.Code}/{result.Subcode}: {result.Message}";
        if (result.Code == 190)
        {
            var page = _pages.ForStoredId(part.RecipientId).Page;
            var key = page?.Key is null ? "Messenger__PageAccessToken" : "the PageAccessToken of Page " + page.Key;
            _logger.LogCritical("The Messenger Page access token is invalid or expired ({Reason}); replace {Key}", reason, key);
            _tokens.Failed(Channel, $"the Page access token is invalid or expired (Graph error 190); replace {key}");
            return SendOutcome.Permanent(reason, part.Index);
        }

        if (OutsideWindow.Contains(result.Subcode) || result.Code == 551 || Unavailable.Contains(result.Subcode))
        {
            await _users.RecordUnreachableAsync(part.RecipientId, reason, cancellationToken);
            return SendOutcome.Permanent(reason, part.Index);
        }

        return RateLimits.Contains(result.Code) ? SendOutcome.Throttled(reason, part.Index, result.RetryAfter)
            : IsRetryable(result) ? SendOutcome.Transient(reason, part.Index)
            : SendOutcome.Permanent(reason, part.Index);
    }

    protected override string? MessageIdOf(GraphResult result) => result.MessageId;

    /// <summary>Retried at once unless Meta asks for a longer wait than the relay's own back-off would take.</summary>
    protected override bool ShouldRetry(GraphResult result) => IsRetryable(result) && (result.RetryAfter is null || result.RetryAfter <= _maxDelay);

    protected override TimeSpan? RetryAfter(GraphResult result) => result.RetryAfter;

    protected override Task<string?> WhyNotReachableAsync(string recipientId, int unrecorded, CancellationToken cancellationToken) => _users.WhyNotReachableAsync(recipientId, cancellationToken);

    protected override Task RecordUnreachableAsync(string recipientId, string reason, CancellationToken cancellationToken) => _users.RecordUnreachableAsync(recipientId, reason, cancellationToken);

    protected override void OnDelivered() => _tokens.Worked(Channel);

    private static bool IsRetryable(GraphResult result) =>
        !result.Succeeded && (RateLimits.Contains(result.Code) || (Transient.Contains(result.Code) && result.Subcode != 1357046));
}

using System.Net;
using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Sends replies through the OA API v3 consultation lane. Zalo reports failures in the body (HTTP 200 with a non-zero
/// "error"), so results are classified here: an invalid or expired token → refresh once and retry once; a rate limit,
/// 5xx or network fault → retried by the shared <see cref="ChannelSender{TResult}"/>; a user outside the reply window or
/// not following → no retry, recorded on the user; anything else → permanent.
/// </summary>
public sealed class ZaloSender : ChannelSender<ZaloApiResponse>
{
    private readonly ZaloApiClient _api;
    private readonly ZaloAccounts _accounts;
    private readonly ZaloTokenManager _tokens;
    private readonly ZaloUsers _users;
    private readonly ZaloOptions _options;

    public ZaloSender(ZaloApiClient api, ZaloAccounts accounts, ZaloTokenManager tokens, ZaloUsers users, IOptions<ZaloOptions> options, TimeProvider time)
        : base(options.Value.SendRetries, TimeSpan.FromMilliseconds(options.Value.SendRetryBaseDelayMilliseconds), time)
    {
        _api = api;
        _accounts = accounts;
        _tokens = tokens;
        _users = users;
        _options = options.Value;
    }

    public override string Channel => ZaloWebhookApi.Channel;

    protected override string Platform => "Zalo";

    /// <remarks>
    /// Sent by the OA the citizen wrote to (their stored id names it). Zalo's consultation message takes no tag of the
    /// sender's own, so <paramref name="reference"/> is not sent.
    /// </remarks>
    public override Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken) =>
        WhyNoAccount(recipientId) is { } why
            ? Task.FromResult(SendOutcome.Permanent(why, partsAlreadySent))
            : SendPartsAsync(recipientId, ZaloMessageRenderer.Render(activity, _options.MaxTextLength), partsAlreadySent, ZaloApiClient.ConsultationLane, null, cancellationToken);

    /// <summary>One promotion message (a broadcast to a follower, outside the reply window), with the same retries and classification.</summary>
    public async Task<SendOutcome> SendPromotionAsync(string recipientId, JsonObject message, CancellationToken cancellationToken)
    {
        if (WhyNoAccount(recipientId) is { } why)
        {
            return SendOutcome.Permanent(why);
        }

        var (outcome, messageId) = await SendOneAsync(new SendPart(recipientId, message, 0, ZaloApiClient.PromotionLane, null), cancellationToken);
        return outcome ?? SendOutcome.Sent(messageId);
    }

    /// <summary>
    /// With the OA's current token and the retries; when Zalo says it is invalid or expired, once more with a refreshed
    /// one. The OA is checked before the first part (<see cref="WhyNoAccount"/>).
    /// </summary>
    protected override async Task<ZaloApiResponse> SendPartAsync(SendPart part, CancellationToken cancellationToken)
    {
        var (account, userId) = _accounts.ForStoredId(part.RecipientId);
        var token = await _tokens.GetAccessTokenAsync(account!, cancellationToken);
        var response = await CallAsync(part, token, userId, cancellationToken);
        if (_options.TokenErrorCodes.Contains(response.Error))
        {
            token = await _tokens.RefreshAsync(account!, token, cancellationToken);
            response = await CallAsync(part, token, userId, cancellationToken);
        }

        return response;
    }

    private Task<ZaloApiResponse> CallAsync(SendPart part, string token, string userId, CancellationToken cancellationToken) =>
        WithRetriesAsync((message, ct) => _api.SendAsync(part.Lane, token, userId, message, ct), part.Message, cancellationToken);

    /// <summary>Null when the OA <paramref name="recipientId"/> wrote to is configured; otherwise why nothing can be sent.</summary>
    private string? WhyNoAccount(string recipientId) =>
        _accounts.ForStoredId(recipientId).Account is null
            ? $"the Zalo OA of '{recipientId}' is not configured (Zalo__AppId… or Zalo__Accounts__N__OaId)"
            : null;

    protected override async Task<SendOutcome?> ClassifyAsync(SendPart part, ZaloApiResponse result, CancellationToken cancellationToken)
    {
        if (result.Error == 0)
        {
            return null;
        }

        var reason = $"Zalo error {result.Error}: {result.Message}";
        if (_options.UnreachableUserErrorCodes.Contains(result.Error))
        {
            await _users.RecordUnreachableAsync(part.RecipientId, reason, cancellationToken);
            return SendOutcome.Permanent(reason, part.Index);
        }

        return _options.RateLimitErrorCodes.Contains(result.Error)
            ? SendOutcome.Throttled(reason, part.Index)
            : SendOutcome.Permanent(reason, part.Index);
    }

    protected override string? MessageIdOf(ZaloApiResponse result) => result.MessageId;

    protected override bool ShouldRetry(ZaloApiResponse result) => _options.RateLimitErrorCodes.Contains(result.Error);

    protected override bool IsTransientStatus(HttpStatusCode? status) => base.IsTransientStatus(status) || status == HttpStatusCode.RequestTimeout;

    /// <summary>A 4xx other than a timeout or a rate limit: Zalo will not take this request however often it is sent.</summary>
    protected override bool IsRefusal(HttpStatusCode? status) =>
        status is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError and not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests;

    protected override Task<string?> WhyNotReachableAsync(string recipientId, int unrecorded, CancellationToken cancellationToken) => _users.WhyNotReachableAsync(recipientId, unrecorded, cancellationToken);

    protected override Task RecordUnreachableAsync(string recipientId, string reason, CancellationToken cancellationToken) => _users.RecordUnreachableAsync(recipientId, reason, cancellationToken);

    protected override Action<StatementBatch> RecordSent(string recipientId, int parts) => batch => ZaloUsers.RecordSent(batch, recipientId, parts);
}

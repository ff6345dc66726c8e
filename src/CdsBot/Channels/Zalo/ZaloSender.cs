using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Sends replies through the OA API v3 consultation lane. Zalo reports failures in the body (HTTP 200 with a non-zero
/// "error"), so results are classified here: an invalid or expired token → refresh once and retry once; a rate limit,
/// 5xx or network fault → Polly retries with exponential back-off and jitter; a user outside the reply window or not
/// following → no retry, recorded on the user; anything else → permanent.
/// </summary>
public sealed class ZaloSender : IOutboundChannel
{
    private readonly ZaloApiClient _api;
    private readonly ZaloTokenManager _tokens;
    private readonly ZaloUsers _users;
    private readonly ZaloOptions _options;
    private readonly ResiliencePipeline<ZaloApiResponse> _retries;

    public ZaloSender(ZaloApiClient api, ZaloTokenManager tokens, ZaloUsers users, IOptions<ZaloOptions> options, TimeProvider time)
    {
        _api = api;
        _tokens = tokens;
        _users = users;
        _options = options.Value;
        var rateLimited = _options.RateLimitErrorCodes.ToHashSet();
        // SendRetries = 0 means one attempt; Polly's retry strategy wants at least one retry, so it is left out.
        _retries = _options.SendRetries <= 0 ? ResiliencePipeline<ZaloApiResponse>.Empty : new ResiliencePipelineBuilder<ZaloApiResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ZaloApiResponse>
            {
                ShouldHandle = new PredicateBuilder<ZaloApiResponse>()
                    .Handle<HttpRequestException>(e => e.StatusCode is null or >= System.Net.HttpStatusCode.InternalServerError or System.Net.HttpStatusCode.RequestTimeout or System.Net.HttpStatusCode.TooManyRequests)
                    .Handle<TaskCanceledException>()
                    .HandleResult(r => rateLimited.Contains(r.Error)),
                MaxRetryAttempts = _options.SendRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(_options.SendRetryBaseDelayMilliseconds),
            })
            .Build();
    }

    public string Channel => ZaloWebhookApi.Channel;

    /// <remarks>Zalo's consultation message takes no tag of the sender's own, so <paramref name="reference"/> is not sent.</remarks>
    public async Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken)
    {
        var messages = ZaloMessageRenderer.Render(activity, _options.MaxTextLength);
        string? lastId = null;
        for (var part = partsAlreadySent; part < messages.Count; part++)
        {
            if (await _users.WhyNotReachableAsync(recipientId, cancellationToken) is { } why)
            {
                await _users.RecordUnreachableAsync(recipientId, why, cancellationToken);
                return SendOutcome.Permanent(why, part);
            }

            var (outcome, messageId) = await SendOneAsync(ZaloApiClient.ConsultationLane, recipientId, messages[part], part, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }

            lastId = messageId;
            await _users.RecordSentAsync(recipientId, cancellationToken);
        }

        return SendOutcome.Sent(lastId, messages.Count);
    }

    /// <summary>One promotion message (a broadcast to a follower, outside the reply window), with the same retries and classification.</summary>
    public async Task<SendOutcome> SendPromotionAsync(string recipientId, JsonObject message, CancellationToken cancellationToken)
    {
        var (outcome, messageId) = await SendOneAsync(ZaloApiClient.PromotionLane, recipientId, message, 0, cancellationToken);
        return outcome ?? SendOutcome.Sent(messageId);
    }

    private async Task<(SendOutcome? Failure, string? MessageId)> SendOneAsync(string lane, string recipientId, JsonObject message, int part, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetAccessTokenAsync(cancellationToken);
        ZaloApiResponse response;
        try
        {
            response = await SendWithRetriesAsync(lane, token, recipientId, message, cancellationToken);
            if (_options.TokenErrorCodes.Contains(response.Error))
            {
                token = await _tokens.RefreshAsync(token, cancellationToken);
                response = await SendWithRetriesAsync(lane, token, recipientId, message, cancellationToken);
            }
        }
        catch (HttpRequestException ex) when (ex.StatusCode is >= System.Net.HttpStatusCode.BadRequest and < System.Net.HttpStatusCode.InternalServerError
                                              and not System.Net.HttpStatusCode.RequestTimeout and not System.Net.HttpStatusCode.TooManyRequests)
        {
            return (SendOutcome.Permanent($"Zalo refused the request: {ex.Message}", part), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex is HttpRequestException { StatusCode: System.Net.HttpStatusCode.TooManyRequests }
                ? (SendOutcome.Throttled($"Zalo rate limit: {ex.Message}", part), null)
                : (SendOutcome.Transient($"Zalo unreachable: {ex.Message}", part), null);
        }

        if (response.Error == 0)
        {
            return (null, response.MessageId);
        }

        var reason = $"Zalo error {response.Error}: {response.Message}";
        if (_options.UnreachableUserErrorCodes.Contains(response.Error))
        {
            await _users.RecordUnreachableAsync(recipientId, reason, cancellationToken);
            return (SendOutcome.Permanent(reason, part), null);
        }

        return _options.RateLimitErrorCodes.Contains(response.Error)
            ? (SendOutcome.Throttled(reason, part), null)
            : (SendOutcome.Permanent(reason, part), null);
    }

    private async Task<ZaloApiResponse> SendWithRetriesAsync(string lane, string token, string recipientId, JsonObject message, CancellationToken cancellationToken) =>
        await _retries.ExecuteAsync(
            async ct => await _api.SendAsync(lane, token, recipientId, (JsonObject)message.DeepClone(), ct),
            cancellationToken);
}

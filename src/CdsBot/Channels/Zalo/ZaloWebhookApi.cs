using System.Text;
using CdsBot.Http;
using CdsBot.Inbox;
using CdsBot.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// POST /webhooks/zalo: find the OA the event is for → verify the signature over the raw bytes with that OA's secret →
/// read the event → store it in the inbox, under the citizen's id on that OA → 200, nothing else in the request. Unsigned or forged requests get 401 whatever they hold; a signed event that cannot be read is
/// stored as ignored with the reason. GET answers the developer console's check.
/// </summary>
public static class ZaloWebhookApi
{
    public const string Channel = "zalo";

    public static IEndpointRouteBuilder MapZaloWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks/zalo", () => TypedResults.Text("ok")).WithName("ZaloWebhookCheck").ExcludeFromDescription();
        app.MapPost("/webhooks/zalo", ReceiveAsync).WithName("ZaloWebhook").ExcludeFromDescription().CountingAcks(Channel);
        return app;
    }

    public static async Task<Results<Ok, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> ReceiveAsync(
        HttpRequest http, IOptions<ZaloOptions> options, ZaloAccounts accounts, InboxWriter inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        if (!accounts.Any)
        {
            return TypedResults.NotFound();
        }

        var body = await RequestBody.ReadAsync(http, zalo.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {zalo.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Nothing in the body is trusted, or even read past the timestamp the signature covers and the OA ids that choose
        // the secret to check it with, until the signature checks with that OA's secret.
        var logger = loggers.CreateLogger(typeof(ZaloWebhookApi));
        var envelope = ZaloEventParser.Envelope(body);
        var account = envelope is null ? null : accounts.ForEvent(envelope.OaIds);
        if (envelope is not null && account is null)
        {
            logger.LogWarning("Refused a Zalo event for an OA this deployment does not serve ({OaIds}); list it under Zalo__Accounts", string.Join(", ", envelope.OaIds));
            return TypedResults.Unauthorized();
        }

        if (envelope is null || account is null
            || !ZaloSignatureVerifier.IsValid(http.Headers["X-ZEvent-Signature"], account.AppId, body, envelope.Timestamp, account.OaSecretKey))
        {
            logger.LogWarning("Refused a Zalo webhook request with a missing or wrong signature ({Bytes} bytes)", body.Length);
            return TypedResults.Unauthorized();
        }

        ZaloEvent zaloEvent;
        try
        {
            zaloEvent = ZaloEventParser.Parse(body);
        }
        catch (FormatException ex)
        {
            // Zalo signed it, so it is Zalo's: keep it for a person to look at, and answer 200 so it is not sent again.
            logger.LogWarning("Stored a signed Zalo event that cannot be read as ignored: {Reason}", ex.Message);
            var key = "unreadable:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
            await inbox.TryRecordIgnoredAsync(Channel, key, "", Encoding.UTF8.GetString(body), ex.Message, cancellationToken);
            return TypedResults.Ok();
        }

        if (zaloEvent.AppId != account.AppId)
        {
            logger.LogWarning("Refused a Zalo event for another app ({AppId})", zaloEvent.AppId);
            return TypedResults.Unauthorized();
        }

        if (Math.Abs(time.GetUtcNow().ToUnixTimeMilliseconds() - zaloEvent.TimestampMs) > zalo.MaxEventAgeSeconds * 1000L)
        {
            logger.LogWarning("Refused a stale Zalo event ({Event}, timestamp {Timestamp})", zaloEvent.EventName, zaloEvent.TimestampMs);
            return TypedResults.Unauthorized();
        }

        if (zaloEvent.IsEcho || zaloEvent.UserId is null)
        {
            return TypedResults.Ok();
        }

        await inbox.TryEnqueueAsync(Channel, zaloEvent.DeduplicationKey, account.StoredId(zaloEvent.UserId), Encoding.UTF8.GetString(body), cancellationToken);
        return TypedResults.Ok();
    }
}

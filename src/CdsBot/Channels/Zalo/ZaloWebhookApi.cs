using System.Text;
using CdsBot.Http;
using CdsBot.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// POST /webhooks/zalo: verify → store in the inbox → 200, nothing else in the request. GET answers the developer
/// console's check.
/// </summary>
public static class ZaloWebhookApi
{
    public const string Channel = "zalo";

    public static IEndpointRouteBuilder MapZaloWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks/zalo", () => TypedResults.Text("ok")).WithName("ZaloWebhookCheck").ExcludeFromDescription();
        app.MapPost("/webhooks/zalo", ReceiveAsync).WithName("ZaloWebhook").ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok, ProblemHttpResult, UnauthorizedHttpResult, NotFound>> ReceiveAsync(
        HttpRequest http, IOptions<ZaloOptions> options, InboxWriter inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        if (!zalo.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var body = await RequestBody.ReadAsync(http, zalo.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {zalo.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        ZaloEvent zaloEvent;
        try
        {
            zaloEvent = ZaloEventParser.Parse(body);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Zalo event");
        }

        var logger = loggers.CreateLogger(typeof(ZaloWebhookApi));
        if (zaloEvent.AppId != zalo.AppId
            || !ZaloSignatureVerifier.IsValid(http.Headers["X-ZEvent-Signature"], zaloEvent.AppId, body, zaloEvent.TimestampText, zalo.OaSecretKey))
        {
            logger.LogWarning("Refused a Zalo event with a missing or wrong signature ({Event})", zaloEvent.EventName);
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

        await inbox.TryEnqueueAsync(Channel, zaloEvent.DeduplicationKey, zaloEvent.UserId, Encoding.UTF8.GetString(body), cancellationToken);
        return TypedResults.Ok();
    }
}

using CdsBot.Http;
using CdsBot.Inbox;
using CdsBot.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// GET /webhooks/messenger: the subscription handshake. POST: verify the signature → store every event of the
/// delivery in the inbox → 200; nothing else in the request. Items that cannot be read, items older than
/// <see cref="MessengerOptions.MaxEventAgeSeconds"/> and standby items (another app holds the thread) are not turns.
/// </summary>
public static class MessengerWebhookApi
{
    public const string Channel = "messenger";

    public static IEndpointRouteBuilder MapMessengerWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks/messenger", Handshake).WithName("MessengerHandshake").ExcludeFromDescription();
        app.MapPost("/webhooks/messenger", ReceiveAsync).WithName("MessengerWebhook").ExcludeFromDescription().CountingAcks(Channel);
        return app;
    }

    public static Results<ContentHttpResult, StatusCodeHttpResult, NotFound> Handshake(HttpRequest http, IOptions<MessengerOptions> options)
    {
        var messenger = options.Value;
        if (!messenger.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var query = http.Query;
        var token = query["hub.verify_token"].ToString();
        var tokensMatch = System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(messenger.VerifyToken));
        return query["hub.mode"] == "subscribe" && tokensMatch && !string.IsNullOrEmpty(query["hub.challenge"])
            ? TypedResults.Text(query["hub.challenge"].ToString(), "text/plain")
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }

    public static async Task<Results<Ok, ProblemHttpResult, StatusCodeHttpResult, NotFound>> ReceiveAsync(
        HttpRequest http, IOptions<MessengerOptions> options, InboxWriter inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var messenger = options.Value;
        if (!messenger.IsConfigured)
        {
            return TypedResults.NotFound();
        }

        var body = await RequestBody.ReadAsync(http, messenger.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {messenger.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (!MessengerSignatureVerifier.IsValid(http.Headers["X-Hub-Signature-256"], body, messenger.AppSecret))
        {
            loggers.CreateLogger(typeof(MessengerWebhookApi)).LogWarning("Refused a Messenger delivery with a missing or wrong X-Hub-Signature-256");
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        MessengerDelivery delivery;
        try
        {
            delivery = MessengerEventParser.Parse(body);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Messenger delivery");
        }

        // Meta redelivers a delivery that was not answered 200, so one odd item would come back forever and hold the
        // rest of its batch back with it: it is skipped and logged, the others are stored.
        var logger = loggers.CreateLogger(typeof(MessengerWebhookApi));
        foreach (var reason in delivery.Skipped)
        {
            logger.LogWarning("Messenger item skipped: {Reason}", reason);
        }

        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var messengerEvent in delivery.Events)
        {
            if (messengerEvent.Standby && !messengerEvent.IsReceipt)
            {
                // Handover protocol: another app holds the thread; the bot must not answer until it is passed back.
                logger.LogDebug("Messenger {Kind} from {Psid} arrived on standby; not a turn", messengerEvent.Kind, messengerEvent.SenderId);
                continue;
            }

            if (messengerEvent.NeedsTurn && Math.Abs(nowMs - messengerEvent.TimestampMs) > messenger.MaxEventAgeSeconds * 1000L)
            {
                logger.LogWarning(
                    "Messenger item skipped: {Kind} {Key} is dated {Timestamp}, more than {MaxAge} s from now",
                    messengerEvent.Kind, messengerEvent.DeduplicationKey, messengerEvent.TimestampMs, messenger.MaxEventAgeSeconds);
                continue;
            }

            if (messengerEvent.NeedsTurn || messengerEvent.IsReceipt)
            {
                await inbox.TryEnqueueAsync(Channel, messengerEvent.DeduplicationKey, messengerEvent.SenderId, messengerEvent.Json, cancellationToken);
            }
        }

        return TypedResults.Ok();
    }
}

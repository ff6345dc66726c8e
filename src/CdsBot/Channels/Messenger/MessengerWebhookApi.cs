using CdsBot.Http;
using CdsBot.Inbox;
using CdsBot.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// GET /webhooks/messenger: the subscription handshake. POST: verify the signature → store every event of the
/// delivery in the inbox, under the citizen's id on the Page the event's entry is for → 200; nothing else in the
/// request. Items for a Page this deployment does not serve (or not through the app that signed) are skipped and logged. Items that cannot be read, items older than
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

    /// <summary>The subscription handshake, for any Page's app: the verify token must be one of a configured Page's.</summary>
    public static Results<ContentHttpResult, StatusCodeHttpResult, NotFound> Handshake(HttpRequest http, MessengerPages pages)
    {
        if (!pages.Any)
        {
            return TypedResults.NotFound();
        }

        var query = http.Query;
        var token = System.Text.Encoding.UTF8.GetBytes(query["hub.verify_token"].ToString());
        var tokensMatch = pages.All.Select(p => p.VerifyToken).Where(t => t.Length > 0).Distinct()
            .Aggregate(false, (any, expected) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(token, System.Text.Encoding.UTF8.GetBytes(expected)) | any);
        return query["hub.mode"] == "subscribe" && tokensMatch && !string.IsNullOrEmpty(query["hub.challenge"])
            ? TypedResults.Text(query["hub.challenge"].ToString(), "text/plain")
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }

    public static async Task<Results<Ok, ProblemHttpResult, StatusCodeHttpResult, NotFound>> ReceiveAsync(
        HttpRequest http, IOptions<MessengerOptions> options, MessengerPages pages, InboxWriter inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var messenger = options.Value;
        if (!pages.Any)
        {
            return TypedResults.NotFound();
        }

        var body = await RequestBody.ReadAsync(http, messenger.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {messenger.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Meta signs a delivery with the secret of the app the Pages are subscribed through; which app it is shows only
        // once the signature is checked, so each configured app's secret is tried, and every entry must then be for a
        // Page of that app.
        var header = http.Headers["X-Hub-Signature-256"];
        var appSecret = pages.All.Select(p => p.AppSecret).Distinct().FirstOrDefault(secret => MessengerSignatureVerifier.IsValid(header, body, secret));
        if (appSecret is null)
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
            if (pages.ForEntry(messengerEvent.PageId) is not { } page || page.AppSecret != appSecret)
            {
                logger.LogWarning(
                    "Messenger item skipped: {Kind} {Key} is for Page {PageId}, which this deployment does not serve with the app that signed the delivery; list it under Messenger__Pages",
                    messengerEvent.Kind, messengerEvent.DeduplicationKey, messengerEvent.PageId);
                continue;
            }

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
                await inbox.TryEnqueueAsync(Channel, messengerEvent.DeduplicationKey, page.StoredId(messengerEvent.SenderId), messengerEvent.Json, cancellationToken);
            }
        }

        return TypedResults.Ok();
    }
}

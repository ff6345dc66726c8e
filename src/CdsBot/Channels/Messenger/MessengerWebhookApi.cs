using CdsBot.Http;
using CdsBot.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// GET /webhooks/messenger: the subscription handshake. POST: verify the signature → store every event of the
/// delivery in the inbox → 200; nothing else in the request.
/// </summary>
public static class MessengerWebhookApi
{
    public const string Channel = "messenger";

    public static IEndpointRouteBuilder MapMessengerWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks/messenger", Handshake).WithName("MessengerHandshake").ExcludeFromDescription();
        app.MapPost("/webhooks/messenger", ReceiveAsync).WithName("MessengerWebhook").ExcludeFromDescription();
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
        HttpRequest http, IOptions<MessengerOptions> options, InboxWriter inbox, ILoggerFactory loggers, CancellationToken cancellationToken)
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

        IReadOnlyList<MessengerEvent> events;
        try
        {
            events = MessengerEventParser.Parse(body);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Messenger delivery");
        }

        foreach (var messengerEvent in events.Where(e => e.NeedsTurn || e.IsReceipt))
        {
            await inbox.TryEnqueueAsync(Channel, messengerEvent.DeduplicationKey, messengerEvent.SenderId, messengerEvent.Json.ToJsonString(), cancellationToken);
        }

        return TypedResults.Ok();
    }
}

using System.Globalization;
using System.Text.Json;
using CdsBot.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The web chat channel. <c>POST /api/chat</c> runs one turn through the durable inbox and answers with its replies
/// (used by the chat page, the widget, staff trying the bot, tests and the evaluation scorer). The page names its
/// conversation with a cookie, reads the history from <c>GET /api/chat/conversation</c> and receives what staff,
/// campaigns and deferred messages send through the stream <c>GET /api/chat/stream</c> (Server-Sent Events).
/// </summary>
public static class WebChatApi
{
    public const string Channel = "webchat";

    public static IEndpointRouteBuilder MapWebChatApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat", ChatAsync)
            .WithName("Chat")
            .WithSummary("Send one message to the bot and receive its replies")
            .Accepts<ChatRequest>("application/json")
            .Produces<ChatResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/api/chat/conversation", ConversationAsync)
            .WithSummary("The page's conversation (from its cookie, set if missing) and its history within the retention limit");
        app.MapGet("/api/chat/replies", RepliesAsync)
            .WithSummary("Messages that reached the page's conversation after the given one");
        app.MapGet("/api/chat/stream", StreamAsync)
            .WithSummary("Server-Sent Events: each message reaching the page's conversation, as it arrives")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return app;
    }

    public static async Task<Results<Ok<ChatResponse>, ValidationProblem, ProblemHttpResult>> ChatAsync(
        HttpRequest http, WebChatTurns turns, IOptions<WebChatOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var body = await RequestBody.ReadAsync(http, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The request body is larger than {limits.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        ChatRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ChatRequest>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem($"The body is not valid JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON");
        }

        if (request is null)
        {
            return TypedResults.Problem("The body must be a JSON object with conversationId, userId and text or payload.", statusCode: StatusCodes.Status400BadRequest, title: "Missing body");
        }

        var errors = ChatRequestValidator.Validate(request, limits);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await turns.RunAsync(request, cancellationToken);
        return TypedResults.Ok(ChatResponse.From(outcome));
    }

    public static async Task<Ok<WebChatConversation>> ConversationAsync(HttpContext http, WebChatHistory history, IOptions<WebChatOptions> options, CancellationToken cancellationToken)
    {
        var id = WebChatCookie.Ensure(http, options.Value.HistoryDays);
        return TypedResults.Ok(new WebChatConversation(id, await history.ReadAsync(id, cancellationToken)));
    }

    public static async Task<Results<Ok<List<WebChatMessage>>, NotFound>> RepliesAsync(long? after, HttpRequest http, WebChatHistory history, CancellationToken cancellationToken) =>
        WebChatCookie.Read(http) is { } id
            ? TypedResults.Ok(await history.RepliesAfterAsync(id, after ?? 0, cancellationToken))
            : TypedResults.NotFound();

    /// <summary>Writes each new message as an event whose id is its outbox row, so a reconnecting page resumes (Last-Event-ID).</summary>
    public static async Task StreamAsync(
        long? after, HttpContext http, WebChatHistory history, WebChatStreams streams, IOptions<WebChatOptions> options, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        if (WebChatCookie.Read(http.Request) is not { } id)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var last = long.TryParse(http.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var resumed) ? resumed : after ?? 0;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var open = streams.Open(id);
        var poll = TimeSpan.FromMilliseconds(options.Value.StreamPollMilliseconds);
        await http.Response.WriteAsync("retry: 3000\n\n", token);
        try
        {
            while (!token.IsCancellationRequested)
            {
                var changed = streams.Changed;
                foreach (var message in await history.RepliesAfterAsync(id, last, token))
                {
                    var json = JsonSerializer.Serialize(message, JsonSerializerOptions.Web);
                    await http.Response.WriteAsync($"id: {message.Id.ToString(CultureInfo.InvariantCulture)}\ndata: {json}\n\n", token);
                    last = message.Id;
                }

                await http.Response.WriteAsync(": keep-alive\n\n", token);
                await http.Response.Body.FlushAsync(token);
                await Task.WhenAny(changed, Task.Delay(poll, token));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>The page's conversation id (also in its cookie) and its history, oldest first.</summary>
public sealed record WebChatConversation(string ConversationId, IReadOnlyList<WebChatMessage> Messages);

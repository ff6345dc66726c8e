using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The web chat channel: one synchronous turn per request. Used by the chat page at "/", by staff trying
/// the bot, by tests and by the evaluation scorer.
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
        return app;
    }

    public static async Task<Results<Ok<ChatResponse>, ValidationProblem, ProblemHttpResult>> ChatAsync(
        HttpRequest http, TurnRunner runner, IOptions<WebChatOptions> options, TimeProvider time, CancellationToken cancellationToken)
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

        var outcome = await runner.RunAsync(
            new InboundActivity
            {
                Channel = Channel,
                ConversationId = request.ConversationId!,
                UserId = request.UserId!,
                Text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim(),
                Payload = string.IsNullOrWhiteSpace(request.Payload) ? null : request.Payload.Trim(),
                Timestamp = time.GetUtcNow(),
            },
            cancellationToken);
        return TypedResults.Ok(ChatResponse.From(outcome));
    }
}

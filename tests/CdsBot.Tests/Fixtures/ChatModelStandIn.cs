using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// A local stand-in for a chat-completions model on loopback, in the wire format the official SDK speaks: Azure OpenAI
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=…, "api-key" header) and OpenAI-compatible
/// servers (POST /v1/chat/completions, "Authorization: Bearer"). Answers "chat.completion" objects; what it answers
/// is scripted per test through <see cref="Respond"/>.
/// </summary>
public sealed class ChatModelStandIn : IAsyncDisposable
{
    public const string Key = "test-key";
    public const string Deployment = "gpt-test";

    private readonly WebApplication _app;
    private int _counter;

    public ChatModelStandIn()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) => HandleAsync(context, deployment));
        _app.MapPost("/v1/chat/completions", (HttpContext context) => HandleAsync(context, null));
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<ModelCall> Calls { get; } = new();

    /// <summary>What the model says to a call; by default it returns the curated answer with a courteous opening.</summary>
    public Func<ModelCall, ModelReply> Respond { get; set; } = call => ModelReply.Text("Dạ, Anh/Chị tham khảo nhé.\n\n" + call.CuratedAnswer);

    private async Task HandleAsync(HttpContext context, string? deployment)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var call = new ModelCall(deployment, context.Request.Headers["api-key"].ToString(), context.Request.Headers.Authorization.ToString(), body);
        Calls.Enqueue(call);
        var reply = Respond(call);
        if (reply.Hang)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        if (reply.Status != 200)
        {
            context.Response.StatusCode = reply.Status;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "server_error", message = "scripted failure" } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            id = $"chatcmpl-{Interlocked.Increment(ref _counter)}",
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = deployment ?? body["model"]?.GetValue<string>() ?? "model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 100, completion_tokens = 50, total_tokens = 150 },
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record ModelCall(string? Deployment, string ApiKey, string Authorization, JsonObject Body)
    {
        public string System => Message("system");

        public string User => Message("user");

        /// <summary>The JSON data object of the user message.</summary>
        public JsonObject Data => JsonNode.Parse(User[User.IndexOf('{', StringComparison.Ordinal)..])!.AsObject();

        public string Question => Data["citizen_question"]!.GetValue<string>();

        public string CuratedAnswer => Data["curated_answer"]!.GetValue<string>();

        private string Message(string role) =>
            Body["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == role)!["content"] switch
            {
                JsonValue value => value.GetValue<string>(),
                JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
                _ => "",
            };
    }

    public sealed record ModelReply(string? Content, int Status = 200, bool Hang = false)
    {
        public static ModelReply Text(string content) => new(content);

        public static ModelReply Failure(int status) => new(null, status);

        public static ModelReply Hanging() => new(null, Hang: true);
    }
}

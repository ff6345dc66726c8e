using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace CdsBot.Bench;

/// <summary>
/// A stand-in for Zalo's message and user-profile APIs and the Graph Send API that accepts every message at once and counts
/// them.
/// </summary>
internal sealed class ChannelStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StandInMessage> _messages = new();
    private int _received;
    private int _modelCalls;

    public ChannelStandIn()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v3.0/oa/message/{lane}", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var n = Interlocked.Increment(ref _received);
            _messages.Enqueue(new StandInMessage(n, "zalo", body?["recipient"]?["user_id"]?.ToString() ?? "", $"m{n}", null));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = $"m{n}" } });
        });
        // The profile look-up the host makes for a user it has not named yet (once a day per user).
        _app.MapGet("/v3.0/oa/user/detail", (HttpRequest request) =>
        {
            var userId = JsonNode.Parse(request.Query["data"].ToString())?["user_id"]?.ToString();
            return Results.Json(new { error = 0, message = "Success", data = new { user_id = userId, display_name = $"Người dùng {userId}", user_is_follower = true } });
        });
        _app.MapPost("/{version}/{page}/messages", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            if (body?["sender_action"] is not null)
            {
                return Results.Json(new { recipient_id = body["recipient"]?["id"]?.ToString() });
            }

            var n = Interlocked.Increment(ref _received);
            var recipient = body?["recipient"]?["id"]?.ToString();
            _messages.Enqueue(new StandInMessage(n, "messenger", recipient ?? "", $"m_{n}", body?["message"]?["metadata"]?.ToString()));
            return Results.Json(new { recipient_id = recipient, message_id = $"m_{n}" });
        });
        // Azure OpenAI chat completions: answers at once with the curated answer and a courteous opening (passes the fact guard).
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", async (HttpRequest request, string deployment) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var user = body!["messages"]!.AsArray().Last()!["content"]!.ToString();
            var data = JsonNode.Parse(user[user.IndexOf('{', StringComparison.Ordinal)..])!;
            var n = Interlocked.Increment(ref _modelCalls);
            return Results.Json(new
            {
                id = $"chatcmpl-{n}", @object = "chat.completion", created = 0, model = deployment,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = "Dạ, Anh/Chị tham khảo nhé.\n\n" + data["curated_answer"]!.GetValue<string>() }, finish_reason = "stop" } },
            });
        });
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Urls.First();
    }

    public string BaseUrl { get; }

    public int Received => Volatile.Read(ref _received);

    /// <summary>Every Zalo and Messenger message accepted so far (not sender actions or profile look-ups).</summary>
    public IReadOnlyCollection<StandInMessage> Messages => _messages;

    public int ModelCalls => Volatile.Read(ref _modelCalls);

    /// <summary>Host settings (environment variables) for both channels pointed at this stand-in, plus <paramref name="more"/>.</summary>
    public Dictionary<string, string> HostSettings(string zaloAppId, string zaloOaSecret, string messengerAppSecret, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Zalo__AppId"] = zaloAppId,
            ["Zalo__OaSecretKey"] = zaloOaSecret,
            ["Zalo__AppSecret"] = "bench-app-secret",
            ["Zalo__AccessToken"] = "bench-token",
            ["Zalo__RefreshToken"] = "bench-refresh",
            ["Zalo__ConfiguredTokenLifetimeSeconds"] = "86400",
            ["Zalo__ApiBaseUrl"] = BaseUrl,
            ["Zalo__OAuthBaseUrl"] = BaseUrl,
            ["Messenger__AppSecret"] = messengerAppSecret,
            ["Messenger__VerifyToken"] = "bench-verify",
            ["Messenger__PageAccessToken"] = "bench-page-token",
            ["Messenger__PageId"] = "bench-page",
            ["Messenger__GraphApiBaseUrl"] = BaseUrl,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

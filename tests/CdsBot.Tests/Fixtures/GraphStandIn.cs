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
/// A local stand-in for the Graph API on loopback, in Meta's wire format: POST /{version}/{page}/messages with
/// access_token in the query, {"recipient_id", "message_id"} on success and {"error": {code, error_subcode}} with an
/// HTTP error status on failure; POST /{version}/me/messenger_profile. Failures can be scripted.
/// </summary>
public sealed class GraphStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int Code, int Subcode, string? UsageHeader)> _failures = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holdAfter = int.MaxValue;
    private int _counter;

    public GraphStandIn()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/{version}/{page}/messages", async (HttpContext context, string version, string page) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            var call = new GraphCall(version, page, context.Request.Query["access_token"].ToString(), body);
            if (body["sender_action"]?.GetValue<string>() is { } action)
            {
                if (SenderActionDelay > TimeSpan.Zero)
                {
                    await Task.Delay(SenderActionDelay);
                }

                Accepted.Enqueue(action);
                SenderActions.Add(call);
                await context.Response.WriteAsJsonAsync(new { recipient_id = call.RecipientId });
                return;
            }

            Attempts.Add(call);
            if (FailWhen?.Invoke(call) is { } matched || _failures.TryDequeue(out matched))
            {
                context.Response.StatusCode = matched.Status;
                if (matched.UsageHeader is not null)
                {
                    context.Response.Headers["X-Business-Use-Case-Usage"] = matched.UsageHeader;
                }

                await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "OAuthException", code = matched.Code, error_subcode = matched.Subcode, fbtrace_id = "trace" } });
                return;
            }

            if (SendDelay > TimeSpan.Zero)
            {
                await Task.Delay(SendDelay);
            }

            if (Delivered.Count >= Volatile.Read(ref _holdAfter))
            {
                // Held: the platform stops answering; a sender that gave up (or died) meanwhile never delivered.
                _held.TrySetResult();
                await Task.WhenAny(_release.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
                if (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
            }

            Delivered.Add(call);
            Accepted.Enqueue("message");
            await context.Response.WriteAsJsonAsync(new { recipient_id = call.RecipientId, message_id = $"m_{Interlocked.Increment(ref _counter)}" });
        });
        _app.MapPost("/{version}/me/messenger_profile", async (HttpContext context) =>
        {
            ProfileTokens.Add(context.Request.Query["access_token"].ToString());
            Profiles.Add((await JsonNode.ParseAsync(context.Request.Body))!.AsObject());
            await context.Response.WriteAsJsonAsync(new { result = "success" });
        });
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public string BaseUrl { get; }

    /// <summary>How long the platform takes to accept a message (the request is in flight meanwhile).</summary>
    public TimeSpan SendDelay { get; set; }

    public ConcurrentBag<GraphCall> Attempts { get; } = [];

    public ConcurrentBag<GraphCall> Delivered { get; } = [];

    public ConcurrentBag<GraphCall> SenderActions { get; } = [];

    /// <summary>What the messages endpoint accepted, in the order it answered: a sender action ("typing_on") or "message".</summary>
    public ConcurrentQueue<string> Accepted { get; } = new();

    /// <summary>How long the platform takes to accept a sender action (a typing indicator).</summary>
    public TimeSpan SenderActionDelay { get; set; }

    public ConcurrentBag<JsonObject> Profiles { get; } = [];

    /// <summary>The Page access token each profile was set with.</summary>
    public ConcurrentBag<string> ProfileTokens { get; } = [];

    /// <summary>
    /// Once <paramref name="delivered"/> messages are delivered, holds every further one unanswered until
    /// <see cref="Release"/>: <see cref="Held"/> completes when the first is held, so a test can act mid-run however
    /// fast or slow the sender is. A held request whose sender disconnects is never delivered.
    /// </summary>
    public void HoldAfter(int delivered) => Volatile.Write(ref _holdAfter, delivered);

    /// <summary>Completes when the first message is held (see <see cref="HoldAfter"/>).</summary>
    public Task Held => _held.Task;

    /// <summary>Stops holding: held and later messages are delivered.</summary>
    public void Release()
    {
        Volatile.Write(ref _holdAfter, int.MaxValue);
        _release.TrySetResult();
    }

    public void FailNext(int status, int code, int subcode = 0, string? usageHeader = null) => _failures.Enqueue((status, code, subcode, usageHeader));

    /// <summary>Fails every call this returns a failure for (status, code, subcode, usage header), before the <see cref="FailNext"/> queue.</summary>
    public Func<GraphCall, (int Status, int Code, int Subcode, string? UsageHeader)?>? FailWhen { get; set; }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record GraphCall(string Version, string Page, string AccessToken, JsonObject Body)
    {
        /// <summary>When the call arrived.</summary>
        public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

        public string RecipientId => Body["recipient"]!["id"]!.GetValue<string>();

        public string? MessagingType => Body["messaging_type"]?.GetValue<string>();

        public string? Text => Body["message"]?["text"]?.GetValue<string>();
    }
}

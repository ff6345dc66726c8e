using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
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
/// A local stand-in for Zalo's APIs on loopback, speaking their wire format: OA API v3 consultation messages
/// (access_token header, {"error": 0, "data": {"message_id"}} or a non-zero error with HTTP 200) and OAuth v4
/// token refresh (secret_key header, form body, single-use refresh tokens). Failures can be scripted.
/// </summary>
public sealed class ZaloStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> _script = new();
    private int _messageCounter;
    private int _tokenCounter;

    public ZaloStandIn(string appId = "zalo-app", string appSecret = "zalo-app-secret", string initialRefreshToken = "rt-0")
    {
        CurrentRefreshToken = initialRefreshToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v3.0/oa/message/{lane}", async (HttpContext context, string lane) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var call = new SentMessage(context.Request.Headers["access_token"].ToString(), body!["recipient"]!["user_id"]!.GetValue<string>(), body["message"]!.AsObject(), lane);
            Attempts.Add(call);
            if (_script.TryDequeue(out var scripted) && await scripted(context))
            {
                return;
            }

            if (!ValidAccessTokens.Contains(call.AccessToken))
            {
                await context.Response.WriteAsJsonAsync(new { error = -216, message = "Access token is invalid" });
                return;
            }

            if (SendDelay > TimeSpan.Zero)
            {
                await Task.Delay(SendDelay);
            }

            Delivered.Add(call);
            await context.Response.WriteAsJsonAsync(new { error = 0, message = "Success", data = new { message_id = $"msg-{Interlocked.Increment(ref _messageCounter)}", user_id = call.UserId } });
        });
        _app.MapGet("/v3.0/oa/user/detail", async context =>
        {
            var userId = JsonNode.Parse(context.Request.Query["data"].ToString())!["user_id"]!.GetValue<string>();
            ProfileLookups.Add(userId);
            if (ProfileFails)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await context.Response.WriteAsJsonAsync(new { error = 0, message = "Success", data = new { user_id = userId, display_name = $"Người dùng {userId}", user_is_follower = true } });
        });
        _app.MapPost("/v4/oa/access_token", async context =>
        {
            var form = await context.Request.ReadFormAsync();
            Refreshes.Add(form["refresh_token"].ToString());
            if (context.Request.Headers["secret_key"] != appSecret || form["app_id"] != appId || form["grant_type"] != "refresh_token" || form["refresh_token"] != CurrentRefreshToken)
            {
                await context.Response.WriteAsJsonAsync(new { error = -14014, error_name = "Invalid refresh token" });
                return;
            }

            var n = Interlocked.Increment(ref _tokenCounter);
            CurrentRefreshToken = $"rt-{n}";
            ValidAccessTokens.Add($"at-{n}");
            await context.Response.WriteAsJsonAsync(new { access_token = $"at-{n}", refresh_token = CurrentRefreshToken, expires_in = "90000" });
        });
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address;
    }

    public string BaseUrl { get; }

    /// <summary>How long the platform takes to accept a message (the request is in flight meanwhile).</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>Every call to the message API, including refused ones.</summary>
    public ConcurrentBag<SentMessage> Attempts { get; } = [];

    /// <summary>Messages accepted, i.e. what citizens received.</summary>
    public ConcurrentBag<SentMessage> Delivered { get; } = [];

    /// <summary>User ids whose profile was looked up.</summary>
    public ConcurrentBag<string> ProfileLookups { get; } = [];

    /// <summary>When set, the profile API answers 503, as during an outage.</summary>
    public bool ProfileFails { get; set; }

    /// <summary>Refresh tokens presented to the OAuth endpoint.</summary>
    public ConcurrentBag<string> Refreshes { get; } = [];

    public ConcurrentBag<string> ValidAccessTokens { get; } = ["at-initial"];

    public string CurrentRefreshToken { get; private set; }

    /// <summary>The next message call answers with Zalo error <paramref name="code"/> (HTTP 200).</summary>
    public void FailNextWithError(int code, string message) =>
        _script.Enqueue(async context =>
        {
            await context.Response.WriteAsJsonAsync(new { error = code, message });
            return true;
        });

    /// <summary>The next message call is handled as usual, and the one after it is told its access token is invalid.</summary>
    public void RefuseTheTokenAfterOneSuccess()
    {
        _script.Enqueue(_ => Task.FromResult(false));
        FailNextWithError(-216, "Access token is invalid");
    }

    /// <summary>The next message call answers with HTTP <paramref name="status"/>.</summary>
    public void FailNextWithStatus(int status) =>
        _script.Enqueue(context =>
        {
            context.Response.StatusCode = status;
            return Task.FromResult(true);
        });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record SentMessage(string AccessToken, string UserId, JsonObject Message, string Lane = "cs")
    {
        public string? Text => Message["text"]?.GetValue<string>();
    }
}

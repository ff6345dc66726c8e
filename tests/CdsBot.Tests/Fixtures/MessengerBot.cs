using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>The bot with its Messenger channel configured against a <see cref="GraphStandIn"/>, and Meta-shaped deliveries.</summary>
public sealed class MessengerBot : IAsyncDisposable
{
    public const string AppSecret = "meta-app-secret";
    public const string VerifyToken = "verify-me";
    public const string PageToken = "page-token";
    public const string PageId = "1234567890";

    private MessengerBot(GraphStandIn graph, BotHost host)
    {
        Graph = graph;
        Host = host;
        Http = host.CreateClient();
    }

    public GraphStandIn Graph { get; }

    public BotHost Host { get; }

    public HttpClient Http { get; }

    /// <param name="settings">Settings over <see cref="Settings"/>.</param>
    /// <param name="services">Replaces registrations after the host's own (e.g. a <see cref="LogRecorder"/>).</param>
    public static MessengerBot Start(GraphStandIn? graph = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        graph ??= new GraphStandIn();
        var all = Settings(graph);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new MessengerBot(graph, new BotHost(settings: all, services: services));
    }

    public static Dictionary<string, string?> Settings(GraphStandIn graph) => new()
    {
        ["Messenger:AppSecret"] = AppSecret,
        ["Messenger:VerifyToken"] = VerifyToken,
        ["Messenger:PageAccessToken"] = PageToken,
        ["Messenger:PageId"] = PageId,
        ["Messenger:GraphApiBaseUrl"] = graph.BaseUrl,
        ["Messenger:GraphApiVersion"] = "v25.0",
        ["Messenger:SendRetryBaseDelayMilliseconds"] = "20",
    };

    public static JsonObject Text(string psid, string text, string? mid = null) => Item(psid, new JsonObject { ["message"] = new JsonObject { ["mid"] = mid ?? "m_" + Guid.NewGuid().ToString("N"), ["text"] = text } });

    public static JsonObject QuickReply(string psid, string title, string payload) => Item(psid, new JsonObject
    {
        ["message"] = new JsonObject { ["mid"] = "m_" + Guid.NewGuid().ToString("N"), ["text"] = title, ["quick_reply"] = new JsonObject { ["payload"] = payload } },
    });

    public static JsonObject Postback(string psid, string title, string payload) => Item(psid, new JsonObject
    {
        ["postback"] = new JsonObject { ["mid"] = "m_" + Guid.NewGuid().ToString("N"), ["title"] = title, ["payload"] = payload },
    });

    /// <summary>A Get Started tap that came through a deep link: the postback carries referral{ref, source, type}.</summary>
    public static JsonObject GetStartedVia(string psid, string reference) => Item(psid, new JsonObject
    {
        ["postback"] = new JsonObject
        {
            ["mid"] = "m_" + Guid.NewGuid().ToString("N"),
            ["title"] = "Bắt đầu",
            ["payload"] = "GET_STARTED",
            ["referral"] = new JsonObject { ["ref"] = reference, ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
        },
    });

    /// <summary>An existing thread re-entered through m.me/page?ref=…: a messaging_referrals item.</summary>
    public static JsonObject Referral(string psid, string reference) => Item(psid, new JsonObject
    {
        ["referral"] = new JsonObject { ["ref"] = reference, ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
    });

    public static JsonObject Echo(string psid) => new()
    {
        ["sender"] = new JsonObject { ["id"] = PageId },
        ["recipient"] = new JsonObject { ["id"] = psid },
        ["timestamp"] = Now(),
        ["message"] = new JsonObject { ["mid"] = "m_echo_" + Guid.NewGuid().ToString("N"), ["is_echo"] = true, ["app_id"] = 42, ["text"] = "echo" },
    };

    /// <summary>A delivery: {"object": "page", "entry": [{id, time, messaging: [...]}, …]}.</summary>
    public static string Delivery(params JsonObject[][] entries) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray([.. entries.Select(items => (JsonNode)new JsonObject
        {
            ["id"] = PageId,
            ["time"] = Now(),
            ["messaging"] = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]),
        })]),
    }.ToJsonString();

    /// <summary>A delivery of one entry for the Page <paramref name="pageId"/>.</summary>
    public static string DeliveryFor(string pageId, params JsonObject[] items) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = pageId,
            ["time"] = Now(),
            ["messaging"] = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]),
        }),
    }.ToJsonString();

    /// <summary>A standby delivery: the items arrive in entry[].standby[] because another app holds the thread (handover protocol).</summary>
    public static string StandbyDelivery(params JsonObject[] items) => new JsonObject
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = PageId,
            ["time"] = Now(),
            ["standby"] = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]),
        }),
    }.ToJsonString();

    public Task<HttpResponseMessage> PostSignedAsync(string body, string appSecret = AppSecret) => PostAsync(body, MessengerSignatureVerifier.Compute(Encoding.UTF8.GetBytes(body), appSecret));

    public Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/messenger") { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", signature);
        }

        return Http.SendAsync(request);
    }

    public async Task<T> QueryAsync<T>(Func<CdsBotDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Graph.DisposeAsync();
    }

    private static JsonObject Item(string psid, JsonObject @event)
    {
        var item = new JsonObject { ["sender"] = new JsonObject { ["id"] = psid }, ["recipient"] = new JsonObject { ["id"] = PageId }, ["timestamp"] = Now() };
        foreach (var (key, value) in @event.ToList())
        {
            @event.Remove(key);
            item[key] = value;
        }

        return item;
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}

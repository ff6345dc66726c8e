using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Zalo;

namespace CdsBot.Tests.Fixtures;

/// <summary>Builds Zalo webhook events in Zalo's shape, for the OA <paramref name="oaId"/>, and posts them signed as Zalo signs them.</summary>
public sealed class ZaloEvents(HttpClient http, string appId, string oaSecretKey, TimeProvider time, string oaId = ZaloEvents.OaId)
{
    public const string OaId = "579745863508352884";

    public JsonObject Text(string userId, string text, string? messageId = null) => Event("user_send_text", userId, new JsonObject
    {
        ["msg_id"] = messageId ?? Guid.NewGuid().ToString("N"),
        ["text"] = text,
    });

    public JsonObject Image(string userId) => Event("user_send_image", userId, new JsonObject
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = "https://example.zalo/img.jpg", ["thumbnail"] = "https://example.zalo/t.jpg" } }),
    });

    public JsonObject Follow(string userId, bool follow = true) => new()
    {
        ["app_id"] = appId,
        ["oa_id"] = oaId,
        ["event_name"] = follow ? "follow" : "unfollow",
        ["timestamp"] = Now(),
        ["source"] = "oa_profile",
        ["follower"] = new JsonObject { ["id"] = userId },
    };

    /// <summary>The user pressed "Nhắn tin" (chat now) on the OA's page: user_id at the top, no sender, no follower.</summary>
    public JsonObject ChatNow(string userId) => new()
    {
        ["app_id"] = appId,
        ["oa_id"] = oaId,
        ["user_id"] = userId,
        ["event_name"] = "user_click_chatnow",
        ["timestamp"] = Now(),
    };

    public JsonObject Event(string name, string userId, JsonObject message) => new()
    {
        ["app_id"] = appId,
        ["user_id_by_app"] = "app-" + userId,
        ["event_name"] = name,
        ["timestamp"] = Now(),
        ["sender"] = new JsonObject { ["id"] = userId },
        ["recipient"] = new JsonObject { ["id"] = oaId },
        ["message"] = message,
    };

    /// <summary>Posts the event signed: X-ZEvent-Signature: mac=sha256(app_id + body + timestamp + OA secret).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(JsonObject zaloEvent, string? secret = null)
    {
        var body = zaloEvent.ToJsonString();
        var mac = ZaloSignatureVerifier.Compute(appId, Encoding.UTF8.GetBytes(body), zaloEvent["timestamp"]!.ToString(), secret ?? oaSecretKey);
        return PostAsync(body, "mac=" + mac);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? signature) => PostAsync(Encoding.UTF8.GetBytes(body), signature);

    /// <summary>Signs raw bytes as Zalo would, with <paramref name="timestamp"/> as the body carries it.</summary>
    public string Sign(byte[] body, string timestamp) => "mac=" + ZaloSignatureVerifier.Compute(appId, body, timestamp, oaSecretKey);

    /// <summary>The current time as Zalo writes it in events (epoch milliseconds).</summary>
    public string Timestamp() => Now();

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/zalo") { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        }

        return http.SendAsync(request);
    }

    private string Now() => time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}

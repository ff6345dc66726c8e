using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;

namespace CdsBot.Bench;

/// <summary>Text messages from citizens as Zalo and Meta post them to the webhooks, signed with the bench's secrets.</summary>
internal static class SignedWebhooks
{
    public const string ZaloAppId = "bench-app", ZaloOaSecret = "bench-oa-secret", MessengerAppSecret = "bench-app-secret-meta";
    public const string MessengerPageId = "bench-page";

    /// <summary>A Zalo user_send_text event, signed as Zalo signs it (X-ZEvent-Signature over app id, body, timestamp and OA secret).</summary>
    public static HttpRequestMessage Zalo(string userId, string messageId, string text)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["app_id"] = ZaloAppId,
            ["event_name"] = "user_send_text",
            ["timestamp"] = timestamp,
            ["sender"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "oa" },
            ["message"] = new JsonObject { ["msg_id"] = messageId, ["text"] = text },
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = Post("/webhooks/zalo", bytes);
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", "mac=" + ZaloSignatureVerifier.Compute(ZaloAppId, bytes, timestamp, ZaloOaSecret));
        return request;
    }

    /// <summary>A Messenger delivery of one text message, signed as Meta signs it (X-Hub-Signature-256).</summary>
    public static HttpRequestMessage Messenger(string psid, string mid, string text)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var body = new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = MessengerPageId,
                ["time"] = now,
                ["messaging"] = new JsonArray(new JsonObject
                {
                    ["sender"] = new JsonObject { ["id"] = psid },
                    ["recipient"] = new JsonObject { ["id"] = MessengerPageId },
                    ["timestamp"] = now,
                    ["message"] = new JsonObject { ["mid"] = mid, ["text"] = text },
                }),
            }),
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = Post("/webhooks/messenger", bytes);
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", MessengerSignatureVerifier.Compute(bytes, MessengerAppSecret));
        return request;
    }

    private static HttpRequestMessage Post(string path, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}

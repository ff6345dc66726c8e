using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;

namespace CdsBot.Bench.Fuzz;

/// <summary>
/// The fuzz run's requests: well-formed templates of every endpoint made odd by <see cref="JsonMutator"/>. Request i is
/// the same for the same seed (only timestamps follow the clock). Users and conversations come from small pools, so
/// odd events land in conversations that also get ordinary ones.
/// </summary>
internal sealed class OddRequests(int seed, string zaloAppId, string zaloSecret, string messengerSecret, string pageId)
{
    public static readonly string[] Targets = ["chat", "zalo-unsigned", "zalo-signed", "messenger-unsigned", "messenger-signed", "auth"];

    private static readonly string[] ChatTexts =
    [
        "xin chào", "menu", "nghị quyết 57 là gì", "đăng ký khai sinh online", "hủy", "dừng nhận tin", "gặp cán bộ", "1", "4",
        "\u0000\u0001\u0002", "\u202e\u0301", "💥", new string('a', 1999), new string('á', 2001), "<b>x</b>", "ko bt lam sao dk vneid",
    ];

    private static readonly string?[] ContentTypes =
        ["application/json", "application/json", "application/json", "text/plain", null, "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data; boundary=x"];

    public (string Target, HttpRequestMessage Request) Build(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var mutator = new JsonMutator(random);
        var target = Targets[random.Next(Targets.Length)];
        var request = target switch
        {
            "chat" => Chat(mutator),
            "zalo-unsigned" => Zalo(mutator, signed: false),
            "zalo-signed" => Zalo(mutator, signed: true),
            "messenger-unsigned" => Messenger(mutator, signed: false),
            "messenger-signed" => Messenger(mutator, signed: true),
            _ => Auth(mutator),
        };
        return (target, request);
    }

    private static HttpRequestMessage Chat(JsonMutator mutator)
    {
        var random = mutator.Random;
        var turn = new JsonObject { ["conversationId"] = $"fz-c{random.Next(40)}", ["userId"] = $"fz-u{random.Next(40)}" };
        turn[random.Next(4) == 0 ? "payload" : "text"] = random.Next(5) == 0 ? "MENU" : ChatTexts[random.Next(ChatTexts.Length)];
        return Post("/api/chat", Body(mutator, turn, mutations: random.Next(3)), ContentType(random), random);
    }

    private HttpRequestMessage Zalo(JsonMutator mutator, bool signed)
    {
        var random = mutator.Random;
        var user = $"fz-z{random.Next(30)}";
        var timestamp = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - random.Next(0, 120_000)).ToString(CultureInfo.InvariantCulture);
        var name = new[] { "user_send_text", "user_send_image", "user_send_sticker", "follow", "unfollow", "user_click_chatnow", "user_received_message", "user_seen_message", "user_submit_info", "oa_send_text", "user_reacted_message", "user_send_location" }[random.Next(12)];
        var zaloEvent = new JsonObject
        {
            ["app_id"] = zaloAppId,
            ["user_id_by_app"] = "app-" + user,
            ["event_name"] = name,
            ["timestamp"] = random.Next(3) == 0 ? JsonValue.Create(long.Parse(timestamp, CultureInfo.InvariantCulture)) : JsonValue.Create(timestamp),
        };
        switch (name)
        {
            case "follow" or "unfollow":
                zaloEvent["follower"] = new JsonObject { ["id"] = user };
                break;
            case "user_click_chatnow":
                zaloEvent["user_id"] = user;
                break;
            default:
                zaloEvent["sender"] = new JsonObject { ["id"] = user };
                zaloEvent["recipient"] = new JsonObject { ["id"] = "oa" };
                zaloEvent["message"] = new JsonObject
                {
                    ["msg_id"] = $"fz-{random.Next()}",
                    ["text"] = ChatTexts[random.Next(ChatTexts.Length)],
                    ["msg_ids"] = new JsonArray("a", "b"),
                    ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = "https://example.zalo/i.jpg" } }),
                };
                break;
        }

        var body = Body(mutator, zaloEvent, mutations: random.Next(4));
        var request = Post("/webhooks/zalo", body, ContentType(random), random);
        var signature = signed
            ? "mac=" + ZaloSignatureVerifier.Compute(zaloAppId, body, TimestampIn(body) ?? timestamp, zaloSecret)
            : random.Next(3) switch { 0 => null, 1 => "mac=" + new string('0', 64), _ => "mac=" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        }

        return request;
    }

    private HttpRequestMessage Messenger(JsonMutator mutator, bool signed)
    {
        var random = mutator.Random;
        var entries = new JsonArray();
        for (var e = random.Next(1, 3); e > 0; e--)
        {
            var items = new JsonArray();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                items.Add(MessengerItem(random));
            }

            entries.Add(new JsonObject { ["id"] = pageId, ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), [random.Next(5) == 0 ? "standby" : "messaging"] = items });
        }

        var body = Body(mutator, new JsonObject { ["object"] = "page", ["entry"] = entries }, mutations: random.Next(4));
        var request = Post("/webhooks/messenger", body, ContentType(random), random);
        var signature = signed
            ? MessengerSignatureVerifier.Compute(body, messengerSecret)
            : random.Next(3) switch { 0 => null, 1 => "sha256=" + new string('0', 64), _ => "sha1=" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", signature);
        }

        return request;
    }

    private JsonObject MessengerItem(Random random)
    {
        var psid = $"fz-p{random.Next(30)}";
        var timestamp = random.Next(10) == 0 ? DateTimeOffset.UtcNow.AddDays(-30).ToUnixTimeMilliseconds() : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var item = new JsonObject { ["sender"] = new JsonObject { ["id"] = psid }, ["recipient"] = new JsonObject { ["id"] = pageId }, ["timestamp"] = timestamp };
        var mid = $"m_fz_{random.Next()}";
        switch (random.Next(8))
        {
            case 0:
                item["message"] = new JsonObject { ["mid"] = mid, ["text"] = ChatTexts[random.Next(ChatTexts.Length)] };
                break;
            case 1:
                item["message"] = new JsonObject { ["mid"] = mid, ["text"] = "Menu chính", ["quick_reply"] = new JsonObject { ["payload"] = "MENU" } };
                break;
            case 2:
                item["message"] = new JsonObject { ["mid"] = mid, ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = random.Next(2) == 0 ? JsonValue.Create("a string") : new JsonObject { ["url"] = "https://x/y.jpg" } }) };
                break;
            case 3:
                item["postback"] = new JsonObject { ["mid"] = mid, ["title"] = "Bắt đầu", ["payload"] = "GET_STARTED" };
                break;
            case 4:
                item["message"] = new JsonObject { ["mid"] = mid, ["is_echo"] = true, ["text"] = "echo" };
                break;
            case 5:
                item["delivery"] = new JsonObject { ["mids"] = new JsonArray(mid), ["watermark"] = timestamp };
                break;
            case 6:
                item["read"] = new JsonObject { ["watermark"] = timestamp };
                break;
            default:
                item[random.Next(2) == 0 ? "referral" : "optin"] = new JsonObject { ["ref"] = "fz" };
                break;
        }

        return item;
    }

    private static HttpRequestMessage Auth(JsonMutator mutator)
    {
        var random = mutator.Random;
        var path = new[] { "/admin/api/auth/token", "/admin/api/auth/login", "/admin/api/auth/logout", "/admin/api/auth/me" }[random.Next(4)];
        if (path.EndsWith("/me", StringComparison.Ordinal) && random.Next(2) == 0)
        {
            var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.TryAddWithoutValidation("Authorization", random.Next(2) == 0 ? "Bearer " + Convert.ToBase64String(Guid.NewGuid().ToByteArray()) : "Basic !!");
            return get;
        }

        var signIn = new JsonObject
        {
            ["userName"] = new[] { "fuzz-admin", "nobody", "", "ADMIN", "fuzz-admin\u0000" }[random.Next(5)],
            ["password"] = random.Next(2) == 0 ? "wrong password" : ChatTexts[random.Next(ChatTexts.Length)],
        };
        return Post(path, Body(mutator, signIn, mutations: random.Next(3)), ContentType(random), random);
    }

    /// <summary>The template, changed <paramref name="mutations"/> times and, one time in three, damaged as bytes.</summary>
    private static byte[] Body(JsonMutator mutator, JsonNode template, int mutations)
    {
        var random = mutator.Random;
        if (random.Next(25) == 0)
        {
            return random.Next(3) switch { 0 => [], 1 => Encoding.UTF8.GetBytes(new string('[', 5000)), _ => new byte[300_000] };
        }

        var json = mutator.Mutate(template, mutations)?.ToJsonString() ?? "null";
        return random.Next(3) == 0 ? mutator.Damage(json) : Encoding.UTF8.GetBytes(json);
    }

    /// <summary>The timestamp as the body carries it, which Zalo's signature covers (the fuzz signs what it sends, however odd).</summary>
    private static string? TimestampIn(byte[] body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && document.RootElement.TryGetProperty("timestamp", out var t)
                ? t.ValueKind == System.Text.Json.JsonValueKind.Number ? t.GetRawText() : t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null
                : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? ContentType(Random random) => ContentTypes[random.Next(ContentTypes.Length)];

    private static HttpRequestMessage Post(string path, byte[] body, string? contentType, Random random)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var method = random.Next(30) == 0 ? new[] { HttpMethod.Put, HttpMethod.Get, HttpMethod.Delete, HttpMethod.Patch }[random.Next(4)] : HttpMethod.Post;
        return new HttpRequestMessage(method, path) { Content = method == HttpMethod.Get ? null : content };
    }
}

using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Robustness;

/// <summary>
/// A small, seeded fuzz of both webhooks with correctly signed bodies (the larger run across every endpoint is the
/// bench's "fuzz" mode): every value of an ordinary event in turn replaced by an odd one, and the bytes sometimes
/// damaged. Nothing answers 5xx, nothing stays pending, and the conversations still get answers.
/// </summary>
public sealed class WebhookFuzzTests
{
    private const int Cases = 150;

    private static readonly Func<JsonNode?>[] OddValues =
    [
        () => null, () => "", () => "x", () => 0, () => -1, () => long.MaxValue, () => 1.5e300, () => true, () => new JsonArray(),
        () => new JsonObject(), () => new JsonArray((JsonNode?)null), () => "\u0000\u202e💥", () => new string('á', 3000),
        () => new JsonObject { ["id"] = new JsonArray() }, () => DateTimeOffset.UtcNow.AddDays(-30).ToUnixTimeMilliseconds(),
    ];

    [Fact]
    public async Task Signed_odd_zalo_events_never_get_a_5xx_and_leave_nothing_pending()
    {
        await using var bot = ZaloBot.Start();
        var random = new Random(14);

        for (var i = 0; i < Cases; i++)
        {
            var zaloEvent = i % 3 == 0 ? bot.Events.Image($"fz-{i % 7}") : bot.Events.Text($"fz-{i % 7}", "menu");
            var body = Damage(random, Mutate(random, zaloEvent));
            var timestamp = zaloEvent["timestamp"]?.ToString() ?? "";
            using var response = await bot.Events.PostAsync(body, bot.Events.Sign(body, ZaloEventParser.SignedTimestamp(body) ?? timestamp));
            Assert.True((int)response.StatusCode < 500, $"case {i}: {(int)response.StatusCode} for {Encoding.UTF8.GetString(body)}");
        }

        await bot.Events.PostSignedAsync(bot.Events.Text("fz-after", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Any(m => m.UserId == "fz-after"), "an ordinary message answered after the fuzz");
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.AllAsync(e => e.Status != "pending")), "nothing left pending");
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "failed")));
    }

    [Fact]
    public async Task Signed_odd_messenger_deliveries_never_get_a_5xx_and_leave_nothing_pending()
    {
        await using var bot = MessengerBot.Start();
        var random = new Random(14);

        for (var i = 0; i < Cases; i++)
        {
            var psid = $"fz-{i % 7}";
            JsonObject[] items = (i % 4) switch
            {
                0 => [MessengerBot.Text(psid, "menu")],
                1 => [MessengerBot.QuickReply(psid, "Menu chính", "MENU"), MessengerBot.Text(psid, "xin chào")],
                2 => [MessengerBot.Postback(psid, "Bắt đầu", "GET_STARTED")],
                _ => [MessengerBot.Echo(psid), MessengerBot.Text(psid, "4")],
            };
            var delivery = JsonNode.Parse(MessengerBot.Delivery(items))!.AsObject();
            // Sent as text, so an invalid byte arrives as U+FFFD (the Zalo case sends raw bytes).
            var body = Encoding.UTF8.GetString(Damage(random, Mutate(random, delivery)));
            using var response = await bot.PostSignedAsync(body);
            Assert.True((int)response.StatusCode < 500, $"case {i}: {(int)response.StatusCode} for {body}");
        }

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("fz-after", "menu")]));
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(d => d.RecipientId == "fz-after"), "an ordinary message answered after the fuzz");
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.AllAsync(e => e.Status != "pending")), "nothing left pending");
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "failed")));
    }

    /// <summary>One to three values anywhere in the tree replaced by odd ones, or removed.</summary>
    private static JsonObject Mutate(Random random, JsonObject template)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var nodes = Descendants(template).Where(d => d.Parent is not null).ToList();
            var target = nodes[random.Next(nodes.Count)];
            switch (target.Parent)
            {
                case JsonObject parent when random.Next(4) == 0:
                    parent.Remove(target.GetPropertyName());
                    break;
                case JsonObject parent:
                    parent[target.GetPropertyName()] = OddValues[random.Next(OddValues.Length)]();
                    break;
                case JsonArray parent:
                    parent[target.GetElementIndex()] = OddValues[random.Next(OddValues.Length)]();
                    break;
            }
        }

        return template;
    }

    /// <summary>One time in three: a duplicated key or an invalid UTF-8 byte inside the JSON.</summary>
    private static byte[] Damage(Random random, JsonNode node)
    {
        var json = node.ToJsonString();
        switch (random.Next(6))
        {
            case 0:
                var at = json.IndexOf("\"sender\":", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(at < 0 ? json : json[..at] + "\"sender\":\"x\"," + json[at..]);
            case 1:
                var quote = json.IndexOf("\"text\":\"", StringComparison.Ordinal);
                var bytes = Encoding.UTF8.GetBytes(json);
                return quote < 0 ? bytes : [.. bytes[..(quote + 8)], 0xFF, .. bytes[(quote + 8)..]];
            default:
                return Encoding.UTF8.GetBytes(json);
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        new[] { node }.Concat((node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        }).OfType<JsonNode>().SelectMany(Descendants));
}

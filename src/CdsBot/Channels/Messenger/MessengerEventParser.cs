using System.Text.Json;
using System.Text.Json.Nodes;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Reads a webhook delivery: every entry, and every messaging[] and standby[] item of each (batches happen, and
/// references that read only the first item lose events). Dispatches on which key is present.
/// </summary>
public static class MessengerEventParser
{
    public static IReadOnlyList<MessengerEvent> Parse(ReadOnlySpan<byte> body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The body is not valid JSON: " + ex.Message, ex);
        }

        if (root is not JsonObject envelope || envelope["object"]?.GetValueKind() != JsonValueKind.String)
        {
            throw new FormatException("The body must be a JSON object with \"object\" and \"entry\".");
        }

        if (envelope["object"]!.GetValue<string>() != "page" || envelope["entry"] is not JsonArray entries)
        {
            throw new FormatException("Only Page deliveries (\"object\": \"page\") with an \"entry\" list are accepted.");
        }

        var events = new List<MessengerEvent>();
        foreach (var entry in entries.OfType<JsonObject>())
        {
            foreach (var list in new[] { "messaging", "standby" })
            {
                if (entry[list] is JsonArray items)
                {
                    events.AddRange(items.OfType<JsonObject>().Select(Classify).OfType<MessengerEvent>());
                }
            }
        }

        return events;
    }

    private static MessengerEvent? Classify(JsonObject item)
    {
        var sender = Text(item["sender"]?["id"]);
        if (sender is null)
        {
            return null;
        }

        var timestamp = Text(item["timestamp"]) ?? "0";
        if (item["message"] is JsonObject message)
        {
            var echo = message["is_echo"]?.GetValueKind() == JsonValueKind.True;
            var mid = Text(message["mid"]) ?? $"message:{sender}:{timestamp}";
            return new MessengerEvent(echo ? "echo" : "message", sender, mid, (JsonObject)item.DeepClone());
        }

        if (item["postback"] is JsonObject postback)
        {
            var key = Text(postback["mid"]) ?? $"postback:{sender}:{timestamp}:{Text(postback["payload"])}";
            return new MessengerEvent("postback", sender, key, (JsonObject)item.DeepClone());
        }

        var kind = item.ContainsKey("referral") ? "referral"
            : item.ContainsKey("optin") ? "optin"
            : item.ContainsKey("read") ? "read"
            : item.ContainsKey("delivery") ? "delivery"
            : "other";
        return new MessengerEvent(kind, sender, $"{kind}:{sender}:{timestamp}", (JsonObject)item.DeepClone());
    }

    /// <summary>A string or number as text (Meta documents "all properties are strings" but sends numbers).</summary>
    public static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        _ => null,
    };
}

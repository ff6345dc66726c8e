using System.Globalization;
using System.Text.Json;

namespace CdsBot.Channels.Zalo;

/// <summary>Reads a Zalo webhook body into a <see cref="ZaloEvent"/>; throws <see cref="FormatException"/> for anything else.</summary>
public static class ZaloEventParser
{
    public static ZaloEvent Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException ex)
        {
            throw new FormatException("The body is not valid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The body must be a JSON object.");
            }

            var eventName = Text(root, "event_name") ?? throw new FormatException("'event_name' is missing.");
            var appId = Text(root, "app_id") ?? throw new FormatException("'app_id' is missing.");
            var timestamp = Text(root, "timestamp") ?? throw new FormatException("'timestamp' is missing.");
            if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestampMs))
            {
                throw new FormatException("'timestamp' must be epoch milliseconds.");
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            var attachments = new List<(string, string?)>();
            if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in list.EnumerateArray())
                {
                    var payload = attachment.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                    attachments.Add((Text(attachment, "type") ?? "other", payload.ValueKind == JsonValueKind.Object ? Text(payload, "url") : null));
                }
            }

            return new ZaloEvent
            {
                AppId = appId,
                EventName = eventName,
                TimestampText = timestamp,
                TimestampMs = timestampMs,
                SenderId = Nested(root, "sender", "id"),
                RecipientId = Nested(root, "recipient", "id"),
                FollowerId = Nested(root, "follower", "id"),
                MessageId = message.ValueKind == JsonValueKind.Object ? Text(message, "msg_id") : null,
                Text = message.ValueKind == JsonValueKind.Object ? Text(message, "text") : null,
                Attachments = attachments,
            };
        }
    }

    private static string? Nested(JsonElement root, string parent, string name) =>
        root.TryGetProperty(parent, out var child) && child.ValueKind == JsonValueKind.Object ? Text(child, name) : null;

    /// <summary>A string or number property as text (Zalo sends ids and timestamps either way).</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>The message ids a delivery or seen receipt names (message.msg_id, or the message.msg_ids list). [M]</summary>
    public static IReadOnlyList<string> ReceiptMessageIds(ReadOnlySpan<byte> body)
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(body)?["message"] is not System.Text.Json.Nodes.JsonObject message)
        {
            return [];
        }

        var ids = new List<string>();
        if (message["msg_id"] is { } one && one.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number)
        {
            ids.Add(one.ToString());
        }

        if (message["msg_ids"] is System.Text.Json.Nodes.JsonArray many)
        {
            ids.AddRange(many.Where(n => n?.GetValueKind() is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Number).Select(n => n!.ToString()));
        }

        return ids;
    }
}

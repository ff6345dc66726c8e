using System.Globalization;
using System.Text.Json;
using static CdsBot.Channels.JsonFields;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Reads a Zalo webhook body into a <see cref="ZaloEvent"/>. Whatever the bytes, the only exception is a
/// <see cref="FormatException"/> naming what is wrong: bodies are read before anything else is known about them.
/// </summary>
public static class ZaloEventParser
{
    /// <summary>
    /// The timestamp exactly as the body carries it (part of what the signature covers), or null when the body has
    /// none to read; reading it trusts nothing else in the body.
    /// </summary>
    public static string? SignedTimestamp(ReadOnlySpan<byte> body) => Envelope(body)?.Timestamp;

    /// <summary>
    /// What must be read before the signature can be checked: the signed timestamp, and the OA ids the event may be for
    /// (its oa_id, else the recipient of a citizen's message, else the sender of what the OA sent), which choose the
    /// secret to check it with. Null when the body has no timestamp to read.
    /// </summary>
    public static ZaloEnvelope? Envelope(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "timestamp") is not { } timestamp)
            {
                return null;
            }

            string?[] candidates = [Text(root, "oa_id"), Nested(root, "recipient", "id"), Nested(root, "sender", "id")];
            return new ZaloEnvelope(timestamp, [.. candidates.OfType<string>().Distinct()]);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

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

            var message = Child(root, "message");
            var attachments = new List<(string, string?)>();
            if (message is { } m && m.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                // Elements that are not objects (null, a bare string) carry nothing to show; the rest of the list still counts.
                foreach (var attachment in list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
                {
                    attachments.Add((Text(attachment, "type") ?? "other", Child(attachment, "payload") is { } payload ? Text(payload, "url") : null));
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
                TopLevelUserId = Text(root, "user_id"),
                MessageId = message is { } withId ? Text(withId, "msg_id") : null,
                Text = message is { } withText ? Text(withText, "text") : null,
                Attachments = attachments,
            };
        }
    }

    /// <summary>The message ids a delivery or seen receipt names (message.msg_id, or the message.msg_ids list). [M]</summary>
    public static IReadOnlyList<string> ReceiptMessageIds(ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object || Child(document.RootElement, "message") is not { } message)
        {
            return [];
        }

        var ids = new List<string>();
        if (Text(message, "msg_id") is { } one)
        {
            ids.Add(one);
        }

        if (message.TryGetProperty("msg_ids", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            ids.AddRange(many.EnumerateArray().Select(TextOf).OfType<string>());
        }

        return ids;
    }

    private static string? Nested(JsonElement root, string parent, string name) => Child(root, parent) is { } child ? Text(child, name) : null;
}

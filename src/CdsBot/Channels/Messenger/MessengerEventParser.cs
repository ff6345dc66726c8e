using System.Globalization;
using System.Text.Json;
using static CdsBot.Channels.JsonFields;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Reads a webhook delivery: every entry, and every messaging[] and standby[] item of each (batches happen, and
/// references that read only the first item lose events). Dispatches on which key is present. An item that cannot
/// be read is skipped with the reason and the rest are still read; the only exception is a <see cref="FormatException"/>
/// for a body that is not a Page delivery at all.
/// </summary>
/// <remarks>
/// Read with <see cref="JsonDocument"/> rather than JsonNode: a JsonObject throws on a duplicate key, a document
/// takes the last one, and a string where an object belongs reads as absent instead of throwing.
/// </remarks>
public static class MessengerEventParser
{
    public static MessengerDelivery Parse(ReadOnlySpan<byte> body)
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
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("object", out var kind) || kind.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("The body must be a JSON object with \"object\" and \"entry\".");
            }

            if (!kind.ValueEquals("page") || !root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("Only Page deliveries (\"object\": \"page\") with an \"entry\" list are accepted.");
            }

            var events = new List<MessengerEvent>();
            var skipped = new List<string>();
            var e = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    skipped.Add($"entry[{e}] is not an object");
                }
                else
                {
                    foreach (var list in new[] { "messaging", "standby" })
                    {
                        if (!entry.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
                        {
                            continue;
                        }

                        var i = 0;
                        foreach (var item in items.EnumerateArray())
                        {
                            try
                            {
                                events.Add(Read(item, standby: list == "standby") with { PageId = Text(entry, "id") });
                            }
                            catch (FormatException ex)
                            {
                                skipped.Add($"entry[{e}].{list}[{i}]: {ex.Message}");
                            }

                            i++;
                        }
                    }
                }

                e++;
            }

            return new MessengerDelivery(events, skipped);
        }
    }

    /// <summary>Reads one stored item again; a <see cref="FormatException"/> says why it cannot be.</summary>
    public static MessengerEvent ReadItem(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement, standby: false);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The item is not valid JSON: " + ex.Message, ex);
        }
    }

    private static MessengerEvent Read(JsonElement item, bool standby)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the item is not an object");
        }

        var sender = (Child(item, "sender") is { } s ? Text(s, "id") : null)
            ?? throw new FormatException("'sender' is not an object with an 'id'");
        var timestampText = Text(item, "timestamp");
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestampMs))
        {
            throw new FormatException("'timestamp' is missing or not epoch milliseconds");
        }

        var json = RawText(item);
        if (item.TryGetProperty("message", out var messageValue))
        {
            var message = messageValue.ValueKind == JsonValueKind.Object ? messageValue : throw new FormatException("'message' is not an object");
            var echo = message.TryGetProperty("is_echo", out var isEcho) && isEcho.ValueKind == JsonValueKind.True;
            return new MessengerEvent
            {
                Kind = echo ? "echo" : "message",
                SenderId = sender,
                DeduplicationKey = Text(message, "mid") ?? $"message:{sender}:{timestampText}",
                TimestampMs = timestampMs,
                Standby = standby,
                Text = Text(message, "text"),
                Payload = Child(message, "quick_reply") is { } quickReply ? Text(quickReply, "payload") : null,
                Attachments = Attachments(message),
                Json = json,
            };
        }

        if (item.TryGetProperty("postback", out var postbackValue))
        {
            var postback = postbackValue.ValueKind == JsonValueKind.Object ? postbackValue : throw new FormatException("'postback' is not an object");
            var payload = Text(postback, "payload");
            return new MessengerEvent
            {
                Kind = "postback",
                SenderId = sender,
                DeduplicationKey = Text(postback, "mid") ?? $"postback:{sender}:{timestampText}:{payload}",
                TimestampMs = timestampMs,
                Standby = standby,
                Payload = payload,
                Ref = Child(postback, "referral") is { } getStarted ? Text(getStarted, "ref") : null,
                // Postbacks delivered on standby carry the title but not the payload; the title then stands in as text.
                Text = payload is null ? Text(postback, "title") : null,
                Json = json,
            };
        }

        var kind = item.TryGetProperty("referral", out _) ? "referral"
            : item.TryGetProperty("optin", out _) ? "optin"
            : item.TryGetProperty("read", out _) ? "read"
            : item.TryGetProperty("delivery", out _) ? "delivery"
            : "other";
        var receipt = kind is "read" or "delivery" ? Child(item, kind) : null;
        return new MessengerEvent
        {
            Kind = kind,
            SenderId = sender,
            DeduplicationKey = $"{kind}:{sender}:{timestampText}",
            TimestampMs = timestampMs,
            Standby = standby,
            ReceiptMessageIds = receipt is { } r && r.TryGetProperty("mids", out var mids) && mids.ValueKind == JsonValueKind.Array
                ? [.. mids.EnumerateArray().Select(TextOf).OfType<string>()]
                : [],
            ReceiptWatermark = receipt is { } w && long.TryParse(Text(w, "watermark"), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : null,
            Ref = kind == "referral" && Child(item, "referral") is { } link ? Text(link, "ref") : null,
            Json = json,
        };
    }

    /// <summary>attachments[]: type and payload.url of each object in the list (a payload that is not an object has no url).</summary>
    private static IReadOnlyList<(string?, string?)> Attachments(JsonElement message) =>
        message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object)
                .Select(a => (Text(a, "type"), Child(a, "payload") is { } payload ? Text(payload, "url") : null))]
            : [];

    private static string RawText(JsonElement item)
    {
        try
        {
            return item.GetRawText();
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("the item is not valid UTF-8", ex);
        }
    }
}

using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Renders a channel-neutral reply as Send API messages within Messenger's limits: text under 2,000 characters
/// split on paragraph and sentence boundaries; up to 13 quick replies with titles of 20 characters (when a title is
/// longer, the full titles are listed in the text and the buttons show their numbers); link and postback buttons as a
/// button template (3 at most); list items as a generic template (10 at most); an image as an image attachment.
/// </summary>
public static class MessengerMessageRenderer
{
    public static IReadOnlyList<JsonObject> Render(OutboundActivity activity, MessengerOptions limits)
    {
        var text = activity.Text ?? "";
        var quickReplies = activity.QuickReplies.Take(limits.MaxQuickReplies).ToList();
        var numbered = quickReplies.Any(q => q.Title.Length > limits.MaxQuickReplyTitle);
        if (numbered)
        {
            var list = new StringBuilder(text);
            for (var i = 0; i < quickReplies.Count; i++)
            {
                list.Append(i == 0 ? "\n\n" : "\n").Append(i + 1).Append(". ").Append(quickReplies[i].Title);
            }

            text = list.ToString();
        }

        var messages = TextSplitter.Split(text.Trim(), limits.MaxTextLength).Select(part => new JsonObject { ["text"] = part }).ToList();
        if (activity.Buttons.Count > 0)
        {
            messages.Add(Template("button", new JsonObject
            {
                ["text"] = messages.Count > 0 ? Truncate(messages[^1]["text"]!.GetValue<string>(), 640) : "…",
                ["buttons"] = new JsonArray([.. activity.Buttons.Take(3).Select(Button)]),
            }));
            if (messages.Count > 1)
            {
                messages.RemoveAt(messages.Count - 2);
            }
        }

        if (activity.Items.Count > 0)
        {
            messages.Add(Template("generic", new JsonObject
            {
                ["elements"] = new JsonArray([.. activity.Items.Take(10).Select(Element)]),
            }));
        }

        if (activity.ImageUrl is { } image)
        {
            messages.Add(new JsonObject { ["attachment"] = new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = image, ["is_reusable"] = true } } });
        }

        if (quickReplies.Count > 0)
        {
            if (messages.Count == 0)
            {
                messages.Add(new JsonObject { ["text"] = "…" });
            }

            messages[^1]["quick_replies"] = new JsonArray([.. quickReplies.Select((q, i) => (JsonNode)new JsonObject
            {
                ["content_type"] = "text",
                ["title"] = numbered && q.Title.Length > limits.MaxQuickReplyTitle
                    ? Truncate($"{i + 1}. {q.Title}", limits.MaxQuickReplyTitle)
                    : q.Title,
                ["payload"] = q.Payload,
            })]);
        }

        return messages;
    }

    private static JsonObject Template(string type, JsonObject payload)
    {
        payload["template_type"] = type;
        return new JsonObject { ["attachment"] = new JsonObject { ["type"] = "template", ["payload"] = payload } };
    }

    private static JsonNode Button(ActionButton button) => button.Url is { } url
        ? new JsonObject { ["type"] = "web_url", ["url"] = url, ["title"] = Truncate(button.Title, 20) }
        : new JsonObject { ["type"] = "postback", ["title"] = Truncate(button.Title, 20), ["payload"] = button.Payload };

    private static JsonNode Element(ListItem item)
    {
        var element = new JsonObject { ["title"] = Truncate(item.Title, 80), ["subtitle"] = Truncate(item.Subtitle ?? " ", 80) };
        if (item.ImageUrl is { } image)
        {
            element["image_url"] = image;
        }

        if (item.Url is { } url)
        {
            element["default_action"] = new JsonObject { ["type"] = "web_url", ["url"] = url };
        }

        if (item.Payload is { } payload)
        {
            element["buttons"] = new JsonArray(new JsonObject { ["type"] = "postback", ["title"] = "Xem", ["payload"] = payload });
        }

        return element;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}

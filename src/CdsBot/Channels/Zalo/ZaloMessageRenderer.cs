using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Dialogs.Activities;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Renders a channel-neutral reply as Zalo OA consultation messages: text split under the length limit on paragraph,
/// then sentence boundaries; quick replies as a numbered list the citizen answers with a number (the conversation core
/// maps the number back to the choice); link buttons and list items as lines; an image as a media template.
/// </summary>
public static class ZaloMessageRenderer
{
    public const string ChooseByNumber = "Anh/Chị nhắn số để chọn:";

    public static IReadOnlyList<JsonObject> Render(OutboundActivity activity, int maxTextLength)
    {
        var text = new StringBuilder(activity.Text ?? "");
        foreach (var button in activity.Buttons)
        {
            text.Append('\n').Append(
                button.Url is not null ? $"{button.Title}: {button.Url}"
                : button.Typed is not null ? $"{button.Title}: Anh/Chị gõ \"{button.Typed}\""
                : button.Title);
        }

        foreach (var item in activity.Items)
        {
            text.Append("\n• ").Append(item.Title);
            if (item.Subtitle is not null)
            {
                text.Append(" – ").Append(item.Subtitle);
            }

            if (item.Url is not null)
            {
                text.Append(' ').Append(item.Url);
            }
        }

        var parts = TextSplitter.Split(text.ToString().Trim(), maxTextLength).ToList();
        if (activity.QuickReplies.Count > 0)
        {
            var menu = new StringBuilder(ChooseByNumber);
            for (var i = 0; i < activity.QuickReplies.Count; i++)
            {
                menu.Append('\n').Append(i + 1).Append(". ").Append(activity.QuickReplies[i].Title);
            }

            var choices = menu.ToString();
            if (parts.Count > 0 && parts[^1].Length + 2 + choices.Length <= maxTextLength)
            {
                parts[^1] = parts[^1] + "\n\n" + choices;
            }
            else
            {
                parts.AddRange(TextSplitter.Split(choices, maxTextLength));
            }
        }

        var messages = parts.Select(p => new JsonObject { ["text"] = p }).ToList();
        if (activity.ImageUrl is { } image)
        {
            messages.Add(new JsonObject
            {
                ["attachment"] = new JsonObject
                {
                    ["type"] = "template",
                    ["payload"] = new JsonObject
                    {
                        ["template_type"] = "media",
                        ["elements"] = new JsonArray(new JsonObject { ["media_type"] = "image", ["url"] = image }),
                    },
                },
            });
        }

        return messages;
    }
}

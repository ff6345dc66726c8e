using System.Text.Json.Nodes;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Channels.Messenger;

/// <summary>The Page's Messenger profile: Get Started, a Vietnamese greeting, and a persistent menu mirroring the main menu.</summary>
public static class MessengerProfile
{
    public const string Greeting = "Xin chào! Trợ lý ảo hỗ trợ người dân về chuyển đổi số: nghị quyết, dịch vụ công trực tuyến, kỹ năng số, Ngày Chuyển đổi số 10/10.";

    public static JsonObject Build(MainMenu menu) => new()
    {
        ["get_started"] = new JsonObject { ["payload"] = Payloads.GetStarted },
        ["greeting"] = new JsonArray(new JsonObject { ["locale"] = "default", ["text"] = Greeting }),
        ["persistent_menu"] = new JsonArray(new JsonObject
        {
            ["locale"] = "default",
            ["composer_input_disabled"] = false,
            ["call_to_actions"] = new JsonArray([.. menu.QuickReplies().Select(q => (JsonNode)new JsonObject
            {
                ["type"] = "postback",
                ["title"] = q.Title.Length <= 30 ? q.Title : q.Title[..29] + "…",
                ["payload"] = q.Payload,
            })]),
        }),
    };
}

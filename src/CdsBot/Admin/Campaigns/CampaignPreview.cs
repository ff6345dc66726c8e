using System.Text.Json.Nodes;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.WebChat;
using CdsBot.Channels.Zalo;

namespace CdsBot.Admin.Campaigns;

/// <summary>
/// A campaign's message as each channel would send it, through the same composition (<see cref="CampaignMessage"/>) and
/// the channels' own renderers the sending uses: on Zalo both lanes (a consultation message inside the 48 h window, the
/// promotion template outside it), on Messenger the tagged update, on the web page the chat bubble.
/// </summary>
public static class CampaignPreview
{
    /// <summary>Stands in for a recipient's own tracking token in the link shown.</summary>
    public const string SampleToken = "xem-truoc";

    public static object Render(CampaignInput input, BroadcastOptions broadcasts, ZaloOptions zalo, MessengerOptions messenger)
    {
        var campaign = new CampaignRecord { Name = input.Name ?? "", Text = "", CreatedBy = "" };
        CampaignWorkflow.ApplyMessage(input, campaign);
        var message = CampaignMessage.For(campaign, SampleToken, broadcasts.PublicBaseUrl);
        return new
        {
            zalo = new
            {
                maxTextLength = zalo.MaxTextLength,
                messages = ZaloMessageRenderer.Render(message, zalo.MaxTextLength),
                promotion = zalo.PromotionLaneEnabled ? new { messages = new List<JsonObject> { ZaloBroadcaster.RenderPromotion(message) } } : null,
            },
            messenger = new { maxTextLength = messenger.MaxTextLength, messages = MessengerMessageRenderer.Render(message, messenger) },
            web = new { messages = new[] { ChatReply.From(message) } },
        };
    }
}

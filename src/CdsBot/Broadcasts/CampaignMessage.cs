using CdsBot.Dialogs.Activities;

namespace CdsBot.Broadcasts;

/// <summary>What one recipient of a campaign receives: the text, how to stop, the picture, and the link through its tracked redirect.</summary>
public static class CampaignMessage
{
    public const string StopHint = "Gõ \"dừng nhận tin\" nếu Anh/Chị không muốn nhận tin nữa.";

    public static OutboundActivity For(CampaignRecord campaign, string clickToken, string publicBaseUrl) => new()
    {
        Text = campaign.Text.Trim() + "\n\n" + StopHint,
        ImageUrl = campaign.ImageUrl,
        Buttons = campaign.LinkUrl is null
            ? []
            : [ActionButton.OpenUrl(campaign.LinkTitle ?? "Xem chi tiết", TrackedLink(publicBaseUrl, clickToken))],
    };

    public static string TrackedLink(string publicBaseUrl, string clickToken) => $"{publicBaseUrl.TrimEnd('/')}/r/{clickToken}";
}

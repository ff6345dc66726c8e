using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Flows.Contests;

namespace CdsBot.Broadcasts;

/// <summary>
/// What one recipient of a campaign receives: the text, how to stop, the picture, the link through its tracked redirect,
/// and the contest's "Tham gia" button when the campaign announces a contest.
/// </summary>
public static class CampaignMessage
{
    public const string StopHint = "Gõ \"dừng nhận tin\" nếu Anh/Chị không muốn nhận tin nữa.";

    /// <summary>The title of the button that opens the contest round open when pressed.</summary>
    public const string JoinTitle = "Tham gia";

    public static OutboundActivity For(CampaignRecord campaign, string clickToken, string publicBaseUrl)
    {
        var buttons = new List<ActionButton>();
        if (campaign.LinkUrl is not null)
        {
            buttons.Add(ActionButton.OpenUrl(campaign.LinkTitle ?? "Xem chi tiết", TrackedLink(publicBaseUrl, clickToken)));
        }

        if (campaign.JoinContest)
        {
            buttons.Add(ActionButton.Postback(JoinTitle, ContestPayloads.Join) with { Typed = "thi" });
        }

        return new OutboundActivity
        {
            Text = campaign.Text.Trim() + "\n\n" + StopHint,
            ImageUrl = campaign.ImageUrl,
            Buttons = buttons,
        };
    }

    public static string TrackedLink(string publicBaseUrl, string clickToken) => $"{publicBaseUrl.TrimEnd('/')}/r/{clickToken}";
}

using CdsBot.Broadcasts;
using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Campaigns;

/// <summary>A campaign as staff see it, times in Vietnam time, with its figures once it has started.</summary>
public sealed record CampaignView(
    long Id,
    string Name,
    string Status,
    string Text,
    string? LinkUrl,
    string? LinkTitle,
    string? ImageUrl,
    bool JoinContest,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Localities,
    IReadOnlyList<string> Channels,
    int? ActiveWithinDays,
    int? InactiveForDays,
    DateTimeOffset ScheduledAt,
    DateTimeOffset ExpiresAt,
    string CreatedBy,
    string? ApprovedBy,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Targeted,
    CampaignStats? Stats,
    IReadOnlyList<string> Accounts)
{
    public static CampaignView From(CampaignRecord c, CampaignStats? stats) => new(
        c.Id, c.Name, c.Status, c.Text, c.LinkUrl, c.LinkTitle, c.ImageUrl, c.JoinContest, c.Topics, c.Localities, c.Channels, c.ActiveWithinDays, c.InactiveForDays,
        c.ScheduledAt.ToOffset(VietnamTime.Offset), c.ExpiresAt.ToOffset(VietnamTime.Offset), c.CreatedBy, c.ApprovedBy,
        c.StartedAt?.ToOffset(VietnamTime.Offset), c.FinishedAt?.ToOffset(VietnamTime.Offset), c.Targeted, stats, c.Accounts);
}

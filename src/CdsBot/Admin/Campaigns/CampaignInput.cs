namespace CdsBot.Admin.Campaigns;

/// <summary>
/// What staff write for a campaign. Times are Vietnam time ("2026-10-10T08:00") unless they carry an offset.
/// </summary>
public sealed record CampaignInput
{
    public string? Name { get; init; }

    public string? Text { get; init; }

    public string? LinkUrl { get; init; }

    public string? LinkTitle { get; init; }

    public string? ImageUrl { get; init; }

    /// <summary>Attach a "Tham gia" button that opens the contest round open when the citizen presses it.</summary>
    public bool JoinContest { get; init; }

    public IReadOnlyList<string>? Topics { get; init; }

    public IReadOnlyList<string>? Localities { get; init; }

    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>The Zalo OAs and Messenger Pages that send (ids from GET /admin/api/campaigns/accounts); empty = all.</summary>
    public IReadOnlyList<string>? Accounts { get; init; }

    public int? ActiveWithinDays { get; init; }

    public int? InactiveForDays { get; init; }

    public string? ScheduledAt { get; init; }

    public string? ExpiresAt { get; init; }
}

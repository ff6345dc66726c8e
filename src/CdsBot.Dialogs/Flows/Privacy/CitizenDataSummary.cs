namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>What is kept about one citizen, by kind; phone numbers are given masked.</summary>
public sealed record CitizenDataSummary(
    int Messages,
    bool Subscribed,
    string? SubscriptionDetail,
    int Questions,
    int Feedback,
    int Handoffs,
    int Lessons,
    int ContestEntries,
    int CampaignMessages,
    IReadOnlyList<string> MaskedPhones);

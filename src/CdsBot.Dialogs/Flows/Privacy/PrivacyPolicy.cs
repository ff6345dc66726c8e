namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>How long what citizens send is kept (days), as the privacy notice states it; the host's retention job applies the same figures.</summary>
public sealed record PrivacyPolicy(int RawMessageDays, int ConversationDays, int QuestionDays, int HandoffDays)
{
    /// <summary>The version of the notice's wording, recorded with each consent given under it.</summary>
    public const string NoticeVersion = "privacy/1";
}

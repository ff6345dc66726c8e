using CdsBot.Dialogs.Flows.Privacy;

namespace CdsBot.Privacy;

/// <summary>
/// Privacy: how long what citizens send is kept (days), how often the retention sweep runs, and how long an erasure
/// waits after the reply that confirms it (so the web page can still fetch that reply).
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Raw webhook bodies and the messages sent, once handled.</summary>
    public int RawMessageDays { get; set; } = 30;

    /// <summary>Conversation and user state not touched for this long.</summary>
    public int ConversationDays { get; set; } = 90;

    /// <summary>Unanswered questions' text.</summary>
    public int QuestionDays { get; set; } = 180;

    /// <summary>Hand-off threads, counted from when they were closed.</summary>
    public int HandoffDays { get; set; } = 180;

    /// <summary>How often the retention sweep runs.</summary>
    public int SweepHours { get; set; } = 24;

    /// <summary>How long after it was asked for an erasure is carried out (the confirming reply is sent first in any case).</summary>
    public int ErasureDelaySeconds { get; set; } = 30;

    /// <summary>The figures the privacy notice states.</summary>
    public PrivacyPolicy Policy => new(RawMessageDays, ConversationDays, QuestionDays, HandoffDays);
}

namespace CdsBot.Dialogs.State;

/// <summary>What the bot remembers about one citizen on one channel, across conversations.</summary>
public sealed class UserProfile
{
    /// <summary>The citizen's display name, when the channel provided one.</summary>
    public string? DisplayName { get; set; }

    /// <summary>When the citizen first wrote.</summary>
    public DateTimeOffset? FirstSeenAt { get; set; }

    /// <summary>When the citizen last wrote.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>How many messages the citizen has sent.</summary>
    public int MessageCount { get; set; }

    /// <summary>Whether the citizen has been greeted once (the first greeting is longer).</summary>
    public bool Greeted { get; set; }

    /// <summary>Where the citizen left a step-by-step guide, so "tiếp tục" resumes there; null when none is left open.</summary>
    public GuideProgress? Guide { get; set; }

    /// <summary>The digital-skills lessons the citizen opened and finished ("học tiếp" continues from here).</summary>
    public LessonProgress Lessons { get; set; } = new();
}

namespace CdsBot.Dialogs.State;

/// <summary>A citizen's lessons: the one open (and the message reached), and those finished.</summary>
public sealed class LessonProgress
{
    /// <summary>The lesson open, or null.</summary>
    public string? Open { get; set; }

    /// <summary>The message of the open lesson reached (its count of messages means the check question).</summary>
    public int Reached { get; set; }

    /// <summary>The lessons finished (the check question answered), in order.</summary>
    public List<string> Finished { get; set; } = [];
}

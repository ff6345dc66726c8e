namespace CdsBot.Admin.Guides;

/// <summary>
/// A proposed new or changed guide or lesson, as its file's text, waiting for a publisher other than its writer to
/// approve it; approving replaces (or adds) the guide or lesson and removes the draft.
/// </summary>
public sealed class GuideDraftRecord
{
    public long Id { get; set; }

    /// <summary>"guide" or "lesson".</summary>
    public required string Kind { get; set; }

    /// <summary>The id of the guide or lesson the text defines.</summary>
    public required string TargetId { get; set; }

    public required string Yaml { get; set; }

    public required string WrittenBy { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}

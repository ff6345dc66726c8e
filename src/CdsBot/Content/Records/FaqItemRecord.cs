namespace CdsBot.Content.Records;

/// <summary>A curated FAQ item as stored; see <see cref="CdsBot.Dialogs.Content.FaqItem"/>.</summary>
public sealed class FaqItemRecord
{
    public required string Id { get; set; }

    public required string Topic { get; set; }

    public required string Locality { get; set; }

    public required string Question { get; set; }

    public List<string> Variants { get; set; } = [];

    public required string Answer { get; set; }

    public List<string> Sources { get; set; } = [];

    /// <summary>Links as JSON: [{"title": "...", "url": "..."}].</summary>
    public string LinksJson { get; set; } = "[]";

    public List<string> FollowUps { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public required string Status { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The series of yearly items it belongs to, with the period its answer is about.</summary>
    public string? Series { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    /// <summary>Never rephrased.</summary>
    public bool Verbatim { get; set; }

    public int Version { get; set; } = 1;

    public required string UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

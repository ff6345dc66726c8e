namespace CdsBot.Dialogs.Content;

/// <summary>A legal or planning document that answers cite (a resolution, decision, plan, decree…).</summary>
public sealed record SourceDocument
{
    /// <summary>The document number as issued, e.g. "57-NQ/TW" or "749/QĐ-TTg".</summary>
    public required string Number { get; init; }

    /// <summary>The kind of document, e.g. "Nghị quyết", "Quyết định", "Kế hoạch".</summary>
    public required string Type { get; init; }

    /// <summary>Who issued it, e.g. "Bộ Chính trị".</summary>
    public required string Issuer { get; init; }

    /// <summary>When it was signed.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>A short summary for citizens.</summary>
    public string? Summary { get; init; }

    /// <summary>Its key targets, one per entry.</summary>
    public IReadOnlyList<string> KeyTargets { get; init; } = [];

    /// <summary>Where to read it.</summary>
    public string? Link { get; init; }

    /// <summary>The locality it belongs to: "national", or a province such as "tra-vinh".</summary>
    public string Locality { get; init; } = Localities.National;

    /// <summary>How an answer names it: "Quyết định 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ".</summary>
    public string Citation => SignedOn is { } date
        ? $"{Type} {Number} ngày {date.Day:00}/{date.Month}/{date.Year} của {Issuer}"
        : $"{Type} {Number} của {Issuer}";
}

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

    /// <summary>The document's full text, when staff uploaded it or the content folder carries it.</summary>
    /// <remarks>PLACEHOLDER (doc-upload branch) until the passages branch lands with this property.</remarks>
    public string? Text { get; init; }

    /// <summary>Whether <see cref="Number"/> is an issued number; a document issued without one is keyed by a description.</summary>
    public bool HasIssuedNumber => Number.Length > 0 && char.IsDigit(Number[0]);

    /// <summary>
    /// How an answer names it: "Quyết định 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"; a document without
    /// an issued number by its title: "Kế hoạch của Ban Thường vụ Đảng ủy xã Tân Ninh về …".
    /// </summary>
    public string Citation
    {
        get
        {
            var date = SignedOn is { } d ? $" ngày {d.Day:00}/{d.Month:00}/{d.Year}" : "";
            return HasIssuedNumber ? $"{Type} {Number}{date} của {Issuer}" : $"{Type}{date} của {Issuer} về {char.ToLowerInvariant(Title[0])}{Title[1..]}";
        }
    }
}

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

    /// <summary>
    /// The document's full text, as its copy reads (converted from DOCX/PDF, errata applied); null when none is on
    /// file. Passage search answers from it (<see cref="Documents.PassageSplitter"/>).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Whether <see cref="Number"/> is an issued number; a document issued without one is keyed by a description.</summary>
    public bool HasIssuedNumber => Number.Length > 0 && char.IsDigit(Number[0]);

    /// <summary>
    /// How an answer names it, short enough for a phone: "Quyết định 749/QĐ-TTg ngày 03/06/2020 của Thủ tướng Chính phủ";
    /// a web page or article by its site: "Trang thông tin binhdanhocvuso.gov.vn của Bộ Công an"; a document issued
    /// without a number and with no link, by its title: "Kế hoạch của Ban Thường vụ Đảng ủy xã Tân Ninh về …".
    /// </summary>
    public string Citation
    {
        get
        {
            var date = SignedOn is { } d ? $" ngày {d.Day:00}/{d.Month:00}/{d.Year}" : "";
            return HasIssuedNumber ? $"{Type} {Number}{date} của {Issuer}"
                : Site is { } site ? $"{Type} {site}{date} của {Issuer}"
                : $"{Type}{date} của {Issuer} về {char.ToLowerInvariant(Title[0])}{Title[1..]}";
        }
    }

    /// <summary>Whether <see cref="Citation"/> already says the title (a document known by its title alone).</summary>
    public bool CitationHasTitle => !HasIssuedNumber && Site is null;

    /// <summary>The host of <see cref="Link"/> without "www." ("binhdanhocvuso.gov.vn"), or null.</summary>
    private string? Site => Uri.TryCreate(Link, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host : null;
}

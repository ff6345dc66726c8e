namespace CdsBot.Admin.Documents;

/// <summary>A document and its text as staff see it in the list: whether it has one, from which file, in how many passages.</summary>
public sealed record DocumentTextSummary(string Number, string Citation, string Title, bool HasText, string? FileName, string? Format, int Characters, int Passages, string? UploadedBy, DateTimeOffset? UploadedAt);

/// <summary>A document's stored text.</summary>
public sealed record DocumentTextView(string Number, string? FileName, string Format, int Characters, string UploadedBy, DateTimeOffset UploadedAt, string Text);

/// <summary>What an upload stored: the summary, and anything staff should check (pages skipped as scans).</summary>
public sealed record DocumentTextUploaded(string Number, string? FileName, string Format, int Characters, int Passages, string UploadedBy, DateTimeOffset UploadedAt, IReadOnlyList<string> Warnings);

/// <summary>A passage of a document's text in force.</summary>
public sealed record PassageView(string Id, int Order, string HeadingPath, string Text);

namespace CdsBot.Dialogs.Documents;

/// <summary>
/// One passage of a document's text: whole sentences (at most <see cref="PassageSplitter.MaxLength"/> characters)
/// under one heading, or one row of a table.
/// </summary>
/// <param name="Id">Stable for the same text: "{document slug}#{Order}" (<see cref="DocumentSlug"/>), e.g. "96-kh-ubnd#12".</param>
/// <param name="DocumentNumber">The number of the document it belongs to, as issued (<see cref="Content.SourceDocument.Number"/>).</param>
/// <param name="Order">Its place in the document, 0-based and without gaps.</param>
/// <param name="HeadingPath">The headings it stands under, outermost first, joined by " › "
/// ("II. Nội dung thực hiện › 1. Nội dung tuyên truyền"); empty for the document's opening lines.</param>
/// <param name="Text">The passage itself.</param>
public sealed record Passage(string Id, string DocumentNumber, int Order, string HeadingPath, string Text);

using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Whether two content sets would give the same passage index: the same documents' texts and what names them, and
/// the same analysis (synonyms, shorthand, localities). Most publishes change FAQ items only, and then the passages
/// need not be split and indexed again.
/// </summary>
internal static class PassageSources
{
    public static bool Same(ContentSet before, ContentSet after) =>
        Documents(before).SequenceEqual(Documents(after))
        && before.Synonyms.SequenceEqual(after.Synonyms)
        && before.Shorthand.SequenceEqual(after.Shorthand)
        && Localities(before).SequenceEqual(Localities(after));

    private static IEnumerable<(string, string, string, string, string, string?)> Documents(ContentSet content) =>
        content.Documents.Where(d => d.Text is not null).OrderBy(d => d.Number, StringComparer.Ordinal)
            .Select(d => (d.Number, d.Type, d.Title, d.Issuer, d.Locality, d.Text));

    private static IEnumerable<string> Localities(ContentSet content) =>
        content.Localities.Select(l => string.Join('\n', l.Aliases.Prepend(l.Name).Prepend(l.Id)));
}

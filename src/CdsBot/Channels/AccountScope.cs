using CdsBot.Dialogs.Activities;

namespace CdsBot.Channels;

/// <summary>An account's content scope from its settings (Locality, Topics), blanks left out.</summary>
public static class AccountScope
{
    public static ContentScope Of(string? locality, IEnumerable<string>? topics)
    {
        var listed = (topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return string.IsNullOrWhiteSpace(locality) && listed.Count == 0 ? ContentScope.All : new ContentScope(string.IsNullOrWhiteSpace(locality) ? null : locality.Trim(), listed);
    }
}

using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>
/// Finds the places (communes, wards, the province) a citizen means by part of a name, typed with or without
/// diacritics: "tan ninh", "xã Tân Ninh", "ở phường 5". Words that only say what kind of place it is are not needed.
/// </summary>
public static class PlaceSearch
{
    /// <summary>The choices <paramref name="typed"/> names, best first: a whole name before a part of one.</summary>
    public static IReadOnlyList<Choice> Find(string typed, IReadOnlyList<Choice> choices)
    {
        var asked = Bare(typed);
        if (asked.Length == 0)
        {
            return [];
        }

        // Each name bare ("5") and whole ("phuong 5"), so a lone "phường" still finds the wards.
        var names = choices.Select(c => (Choice: c, Names: c.Synonyms.Prepend(c.Title).SelectMany(n => new[] { Bare(n), Whole(n) }).Where(n => n.Length > 0).Distinct().ToList())).ToList();
        var whole = names.Where(n => n.Names.Contains(asked)).Select(n => n.Choice).ToList();
        if (whole.Count > 0)
        {
            return whole;
        }

        // Part of a name ("ninh" → "Tân Ninh"), or a name inside a longer answer ("xã tân ninh huyện …").
        return [.. names.Where(n => n.Names.Any(name => Within(asked, name) || Within(name, asked))).Select(n => n.Choice)];
    }

    /// <summary>
    /// The folded words of a place name without the citizen's opening ("tôi ở", "tại") and the words before a name that
    /// say its kind ("xã", "phường", "thị trấn"…). Both sides go through it, so a name that starts like a kind still matches.
    /// </summary>
    private static string Bare(string text)
    {
        var words = VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Openings.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var bare = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var pair = i + 2 < words.Count ? $"{words[i]} {words[i + 1]}" : null;
            if (pair is not null && KindPairs.Contains(pair))
            {
                i++;
                continue;
            }

            if (i + 1 < words.Count && Kinds.Contains(words[i]))
            {
                continue;
            }

            bare.Add(words[i]);
        }

        return string.Join(' ', bare);
    }

    private static string Whole(string text) => string.Join(' ', VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether <paramref name="part"/> is a run of whole words of <paramref name="name"/>.</summary>
    private static bool Within(string part, string name) => $" {name} ".Contains($" {part} ", StringComparison.Ordinal);

    private static readonly char[] Separators = [' ', ',', '.', '!', '?', '-', '/', ':'];
    private static readonly HashSet<string> Openings = ["toi", "minh", "em", "nha", "o", "tai", "song"];
    private static readonly HashSet<string> Kinds = ["xa", "phuong", "tinh", "huyen", "quan", "tp", "thon", "ap", "to"];
    private static readonly HashSet<string> KindPairs = ["thanh pho", "thi tran", "thi xa", "dac khu", "khu pho"];
}

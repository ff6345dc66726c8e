namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Mends a slip of the keyboard in a question: a word that is neither in the content nor a Vietnamese syllable
/// ("vnied", "onlien", "thaoi") becomes the word of the content one edit away (a letter left out, added, changed or
/// two swapped), the one most items use. A word that reads as a Vietnamese syllable is left as typed even when the
/// content never says it ("khoe" is not "khoa"), and so is a word with no single nearest candidate.
/// </summary>
public sealed class Speller
{
    /// <summary>Words shorter than this are left alone: too many words are one edit from "qa" or "gj".</summary>
    public const int MinLength = 4;

    // A Vietnamese rhyme is a vowel and what follows it, at most "uyêng"-long ("oang", "ương").
    private const int MaxRhyme = 5;

    private static readonly string[] Initials =
    [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    private readonly Dictionary<string, int> _uses;
    private readonly HashSet<string> _rhymes;

    /// <summary>A speller over <paramref name="words"/> (folded) and how many items use each.</summary>
    public Speller(IEnumerable<KeyValuePair<string, int>> words)
    {
        _uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, uses) in words)
        {
            if (word.Length > 0 && word.All(IsPlainLetter))
            {
                _uses[word] = Math.Max(uses, _uses.GetValueOrDefault(word));
            }
        }

        // The rhymes the content's own words use stand for those of Vietnamese.
        _rhymes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in _uses.Keys)
        {
            if (Rhyme(word) is { Length: > 0 and <= MaxRhyme } rhyme && IsVowel(rhyme[0]))
            {
                _rhymes.Add(rhyme);
            }
        }
    }

    /// <summary>No words: nothing is mended.</summary>
    public static Speller Empty { get; } = new([]);

    /// <summary><paramref name="typed"/> with each slip mended; the same list when there is none.</summary>
    public IReadOnlyList<Token> Correct(IReadOnlyList<Token> typed)
    {
        List<Token>? mended = null;
        for (var i = 0; i < typed.Count; i++)
        {
            var token = typed[i];
            if (IsSlip(token) && Nearest(token.Folded) is { } word)
            {
                mended ??= [.. typed];
                mended[i] = Token.Plain(word);
            }
        }

        return mended ?? typed;
    }

    /// <summary>The word of the content one edit from <paramref name="word"/> that most items use, or null when none or several tie.</summary>
    public string? Nearest(string word)
    {
        string? best = null;
        var (bestUses, tied) = (0, false);
        foreach (var candidate in Edits(word))
        {
            if (candidate == best || !_uses.TryGetValue(candidate, out var uses))
            {
                continue;
            }

            if (uses > bestUses)
            {
                (best, bestUses, tied) = (candidate, uses, false);
            }
            else if (uses == bestUses)
            {
                tied = true;
            }
        }

        return tied ? null : best;
    }

    private bool IsSlip(Token token)
    {
        var word = token.Folded;
        return word.Length >= MinLength && word.All(IsPlainLetter) && !_uses.ContainsKey(word)
            && !VietnameseTokenizer.IsStopWord(token) && !IsSyllable(word);
    }

    /// <summary>Whether <paramref name="word"/> is an initial consonant and a rhyme the content uses.</summary>
    private bool IsSyllable(string word) => Rhyme(word) is { } rhyme && _rhymes.Contains(rhyme);

    private static string? Rhyme(string word)
    {
        foreach (var initial in Initials)
        {
            if (word.StartsWith(initial, StringComparison.Ordinal) && (initial.Length == 0 || word.Length > initial.Length))
            {
                return word[initial.Length..];
            }
        }

        return null;
    }

    private static IEnumerable<string> Edits(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
            if (i + 1 < word.Length)
            {
                yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            }

            for (var c = 'a'; c <= 'z'; c++)
            {
                if (c != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), new string(c, 1), word.AsSpan(i + 1));
                }
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return string.Concat(word.AsSpan(0, i), new string(c, 1), word.AsSpan(i));
            }
        }
    }

    private static bool IsPlainLetter(char c) => c is >= 'a' and <= 'z';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}

using System.Collections.Concurrent;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Mends a slip of the keyboard in a question: a word typed without marks that is neither in the content nor a
/// Vietnamese syllable ("vnied", "onlien", "thaoi") becomes the word of the content one edit away (a letter left out,
/// added, changed or two swapped) that most items use. A word that reads as a Vietnamese syllable is left as typed
/// even when the content never says it ("khoe" is not "khoa"), and so is one whose best candidates are used alike.
/// A name of the content typed in two parts ("vn eid") is joined.
/// </summary>
public sealed class Speller
{
    /// <summary>Words shorter than this are left alone: too many words are one edit from "qa" or "gj".</summary>
    public const int MinLength = 4;

    /// <summary>Longer words are left alone (a URL, a pasted code): no Vietnamese word is that long.</summary>
    public const int MaxLength = 12;

    // How many mended words are remembered; past it the memory starts again.
    private const int Remembered = 10_000;

    // The rhymes of Vietnamese without their marks: a vowel nucleus and an optional final ("oang", "uyên", "ươi").
    private static readonly HashSet<string> Rhymes = BuildRhymes();

    private static readonly string[] Initials =
    [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    private readonly Dictionary<string, int> _uses;
    private readonly HashSet<string> _protected;
    private readonly ConcurrentDictionary<string, string?> _mended = new(StringComparer.Ordinal);
    private int _remembered;

    /// <summary>
    /// A speller mending towards <paramref name="words"/> (folded) by how many items use each; the
    /// <paramref name="protectedWords"/> are known (never mended) without being what a slip is mended to.
    /// </summary>
    public Speller(IEnumerable<KeyValuePair<string, int>> words, IEnumerable<string>? protectedWords = null)
    {
        _uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, uses) in words)
        {
            if (word.Length > 0 && word.All(IsPlainLetter))
            {
                _uses[word] = Math.Max(uses, _uses.GetValueOrDefault(word));
            }
        }

        _protected = new HashSet<string>(protectedWords ?? [], StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="typed"/> with each slip mended and each name typed in two parts joined ("vn eid", "vn-eid" →
    /// "vneid"); the same list when there is neither.
    /// </summary>
    public IReadOnlyList<Token> Correct(IReadOnlyList<Token> typed)
    {
        List<Token>? mended = null;
        for (var i = 0; i < typed.Count; i++)
        {
            var token = typed[i];
            if (i + 1 < typed.Count && Joined(token, typed[i + 1]) is { } whole)
            {
                mended ??= [.. typed.Take(i)];
                mended.Add(Token.Plain(whole));
                i++;
            }
            else if (IsSlip(token) && Mend(token.Folded) is { } word)
            {
                mended ??= [.. typed.Take(i)];
                mended.Add(Token.Plain(word));
            }
            else
            {
                mended?.Add(token);
            }
        }

        return mended ?? typed;
    }

    /// <summary>
    /// The word of the content that <paramref name="first"/> and <paramref name="second"/> make together, when neither
    /// carries marks and one of them is no word of the content or the tables, nor a Vietnamese syllable ("vn" + "eid");
    /// null otherwise ("dich" + "vu" are two words, so are "ki" + "em").
    /// </summary>
    private string? Joined(Token first, Token second)
    {
        if (first.HasMarks || second.HasMarks || !first.Folded.All(IsPlainLetter) || !second.Folded.All(IsPlainLetter)
            || (IsKnown(first.Folded) && IsKnown(second.Folded)) || IsUnknownSyllable(first.Folded) || IsUnknownSyllable(second.Folded))
        {
            return null;
        }

        var whole = first.Folded + second.Folded;
        return whole.Length >= MinLength && _uses.ContainsKey(whole) ? whole : null;
    }

    // A part the content does not know that reads as a Vietnamese syllable is a word of its own ("đăng kí em": "ki" + "em" is not "kiem").
    private bool IsUnknownSyllable(string word) => !IsKnown(word) && IsSyllable(word);

    private bool IsKnown(string word) => _uses.ContainsKey(word) || _protected.Contains(word) || VietnameseTokenizer.IsStopWord(word);

    private string? Mend(string word)
    {
        if (_mended.TryGetValue(word, out var known))
        {
            return known;
        }

        if (Interlocked.Increment(ref _remembered) > Remembered)
        {
            _mended.Clear();
            Interlocked.Exchange(ref _remembered, 0);
        }

        return _mended[word] = Nearest(word);
    }

    /// <summary>The word of the content one edit from <paramref name="word"/> that most items use, or null when none or several tie.</summary>
    private string? Nearest(string word)
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

    /// <summary>
    /// Whether <paramref name="token"/> can only be a slip: typed without marks (a word typed with them is meant as
    /// spelled), of letters with a vowel (not an acronym like "thpt"), not "k" before a consonant ("kcan" is "không
    /// cần"), unknown to the content and the tables, and no Vietnamese syllable.
    /// </summary>
    private bool IsSlip(Token token)
    {
        var word = token.Folded;
        return !token.HasMarks && word.Length is >= MinLength and <= MaxLength && word.All(IsPlainLetter) && word.Any(IsVowel)
            && !(word[0] == 'k' && word[1] != 'h' && !IsVowel(word[1]))
            && !_uses.ContainsKey(word) && !_protected.Contains(word) && !VietnameseTokenizer.IsStopWord(word) && !IsSyllable(word);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is an initial consonant (or none) and a rhyme of Vietnamese, spelled as Vietnamese
    /// spells them: "k", "gh", "ngh" only before e, i, y; "c" never there ("kong" is no syllable).
    /// </summary>
    private static bool IsSyllable(string word)
    {
        foreach (var initial in Initials)
        {
            if (word.StartsWith(initial, StringComparison.Ordinal) && word[initial.Length..] is var rhyme && Rhymes.Contains(rhyme)
                && Spells(initial, rhyme[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Spells(string initial, char vowel) => initial switch
    {
        "k" or "gh" or "ngh" => vowel is 'e' or 'i' or 'y',
        "c" => vowel is not ('e' or 'i' or 'y'),
        _ => true,
    };

    private static HashSet<string> BuildRhymes()
    {
        // iê, yê, uyê and oo are never the end of a syllable ("tiên", "yêu", "chuyện", "xoong").
        string[] open = ["a", "e", "i", "o", "u", "y", "ia", "ya", "ua", "uo", "ue", "uy", "oa", "oe", "uya"];
        string[] closedOnly = ["ie", "ye", "uye", "oo"];
        string[] finals = ["c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"];
        return [.. open, .. open.Concat(closedOnly).SelectMany(nucleus => finals.Select(final => nucleus + final))];
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

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// One word of a text: folded for matching ("chung"), and as it was spelled, normalized ("chứng"), so a match on
/// the same accented syllable can count for more than one that only agrees after folding.
/// </summary>
/// <param name="Folded">Lower case, without diacritics (đ → d).</param>
/// <param name="Spelled">Lower case NFC with its diacritics; equal to <paramref name="Folded"/> when it had none.</param>
public readonly record struct Token(string Folded, string Spelled)
{
    /// <summary>Whether the word was written with diacritics.</summary>
    public bool HasMarks => !ReferenceEquals(Folded, Spelled) && Folded != Spelled;

    /// <summary>
    /// Whether the word may be <paramref name="spelled"/>: it folds to <paramref name="folded"/> and, typed with its marks,
    /// is spelled so ("dau" may be "đâu"; "đầu" is not).
    /// </summary>
    public bool Is(string folded, string spelled) => Folded == folded && (!HasMarks || Spelled == spelled);

    /// <summary>A word with no diacritics.</summary>
    public static Token Plain(string folded) => new(folded, folded);
}

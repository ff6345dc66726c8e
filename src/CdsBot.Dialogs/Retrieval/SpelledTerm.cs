namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// A search term with the spellings its words were written in: a unigram has one, a bigram two; null where the
/// word had no diacritics, so it matches any spelling that folds to it.
/// </summary>
/// <param name="Term">The folded term ("chung", "may_chu", "doc:57").</param>
/// <param name="First">The spelling of its (first) word, when written with diacritics ("chứng").</param>
/// <param name="Second">The spelling of a bigram's second word, when written with diacritics.</param>
public readonly record struct SpelledTerm(string Term, string? First = null, string? Second = null);

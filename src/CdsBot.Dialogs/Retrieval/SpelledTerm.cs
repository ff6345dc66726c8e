namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// A search term with the spellings its words were written in: a unigram has one, a bigram two; null where the
/// word had no diacritics in a text typed without them, so it matches any spelling that folds to it.
/// </summary>
/// <param name="Term">The folded term ("chung", "may_chu", "doc:57").</param>
/// <param name="First">The spelling of its (first) word ("chứng"; "chung" when the text was written with marks).</param>
/// <param name="Second">The spelling of a bigram's second word.</param>
/// <param name="FirstPlain">Whether <paramref name="First"/> has no marks (in a text written with them): a weaker check, since a mark may just be missing.</param>
/// <param name="SecondPlain">The same for <paramref name="Second"/>.</param>
/// <param name="Optional">
/// A word typed without diacritics that is a function word once folded but may be a content word ("nha" is "nhà"
/// as well as "nha", "tai" is "tải" as well as "tại"), or a pair of such words: an index counts it only where the
/// content has it (<see cref="SearchQuery.Make"/>).
/// </param>
public readonly record struct SpelledTerm(string Term, string? First = null, string? Second = null, bool FirstPlain = false, bool SecondPlain = false, bool Optional = false);

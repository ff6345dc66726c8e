using System.Globalization;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Recognizes references to documents in folded tokens: whole numbers ("57-nq/tw", "749/qd-ttg") and a
/// document type followed by its number ("nghi quyet 57", "quyet dinh so 749", after "nq 57" was expanded).
/// Each reference becomes search terms "doc:57" and "doc:57:nq", which the index also gives every item
/// citing that document, so "nq 57" finds Resolution 57 whatever else the question says.
/// </summary>
public static class DocumentReferences
{
    private static readonly (string[] Words, string Code)[] Types =
    [
        (["nghi", "quyet"], "nq"),
        (["quyet", "dinh"], "qd"),
        (["ke", "hoach"], "kh"),
        (["cong", "van"], "cv"),
        (["nghi", "dinh"], "nd"),
        (["de", "an"], "da"),
        (["chi", "thi"], "ct"),
        (["thong", "tu"], "tt"),

        // The abbreviations citizens type before a number ("kh 44", "qd 749"); never alone.
        (["nq"], "nq"),
        (["qd"], "qd"),
        (["kh"], "kh"),
        (["cv"], "cv"),
        (["nd"], "nd"),
    ];

    /// <summary>The search terms of every document reference in <paramref name="tokens"/>.</summary>
    public static IEnumerable<string> Terms(IReadOnlyList<string> tokens) =>
        Find(tokens).SelectMany(reference => TermsOf(reference.Number, reference.Code));

    /// <summary>
    /// Whether <paramref name="tokens"/> ask for a kind of document, named in full without its number ("kế hoạch", "nghị
    /// quyết", "văn bản"; not the "nghị quyết" of "nghị quyết 57"): what a question asks of a place's own plans.
    /// </summary>
    public static bool AsksKind(IReadOnlyList<string> tokens)
    {
        var referenced = Find(tokens).Select(reference => reference.Start).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "van" && i + 1 < tokens.Count && tokens[i + 1] == "ban")
            {
                return true;
            }

            foreach (var (words, _) in Types)
            {
                if (words.Length > 1 && !referenced.Contains(i) && TextAnalyzer.StartsAt(tokens, i, words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The tokens of <paramref name="tokens"/> that spell a document reference: its number, and its type and "số" before one.</summary>
    public static IReadOnlySet<string> Words(IReadOnlyList<string> tokens) =>
        Find(tokens).SelectMany(reference => tokens.Skip(reference.Start).Take(reference.Length)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every reference in <paramref name="tokens"/>: where it starts, how many tokens it spans, its number and type code.</summary>
    private static IEnumerable<(int Start, int Length, string Number, string? Code)> Find(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Parse(tokens[i]) is { } whole)
            {
                yield return (i, 1, whole.Number, whole.Code);
                continue;
            }

            foreach (var (words, code) in Types)
            {
                if (!TextAnalyzer.StartsAt(tokens, i, words))
                {
                    continue;
                }

                var next = i + words.Length;
                if (next < tokens.Count && tokens[next] == "so")
                {
                    next++;
                }

                if (next < tokens.Count && IsNumber(tokens[next]))
                {
                    yield return (i, next + 1 - i, Trim(tokens[next]), code);
                }
            }
        }
    }

    /// <summary>The search terms of a document number as issued, e.g. "57-NQ/TW" → "doc:57", "doc:57:nq".</summary>
    public static IEnumerable<string> TermsOfNumber(string number) =>
        Parse(VietnameseTokenizer.CanonicalNumber(number)) is { } parsed ? TermsOf(parsed.Number, parsed.Code) : [];

    /// <summary>The number a document term names ("doc:57:nq" → "57").</summary>
    public static string NumberOf(string term) => term.Split(':')[1];

    /// <summary>The number and type code a typed document term names ("doc:571:qd" → (571, qd)); null for one without a type ("doc:57").</summary>
    public static (string Number, string Code)? NumberAndCodeOf(string term) =>
        term.Split(':') is [_, var number, var code] ? (number, code) : null;

    /// <summary>Whether <paramref name="term"/> was made by this class.</summary>
    public static bool IsDocumentTerm(string term) => term.StartsWith("doc:", StringComparison.Ordinal);

    private static IEnumerable<string> TermsOf(string number, string? code) =>
        code is null ? [$"doc:{number}"] : [$"doc:{number}", $"doc:{number}:{code}"];

    /// <summary>"57-nq/tw" → (57, nq); "749/qd-ttg" → (749, qd); "63/2024/nd-cp" → (63, nd); "01-kh/bcdtw" → (1, kh).</summary>
    private static (string Number, string? Code)? Parse(string token)
    {
        if (token.Length == 0 || !char.IsDigit(token[0]) || !token.Any(char.IsLetter))
        {
            return null;
        }

        var parts = token.Split('-', '/');
        var number = Trim(parts[0]);
        var code = parts.Skip(1).FirstOrDefault(p => p.Length > 0 && char.IsLetter(p[0]));
        return (number, code);
    }

    private static bool IsNumber(string token) => token.Length is > 0 and <= 5 && token.All(char.IsDigit);

    private static string Trim(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : number;
}

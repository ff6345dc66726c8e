using System.Text.Json;

namespace CdsBot.Bench.Eval;

/// <summary>
/// One line of a question set: <c>{"id", "q", "expect": [[alt, alt], [alt]]}</c>, answered when the folded reply
/// text holds an alternative of every inner list, or <c>{"id", "q", "fallback": true}</c>, passed when no curated
/// answer is given (nor an excerpt of a document: the scorer checks only contentId). A conversation gives
/// <c>"turns": [first, ..., last]</c> instead of <c>"q"</c>: the turns are asked in one conversation and the last
/// one's reply is judged.
/// </summary>
/// <param name="Document">For a question answered from a document's text rather than an item (<c>"doc"</c>), that document.</param>
/// <param name="Earlier">The turns asked before <paramref name="Question"/> in the same conversation; empty for a single question.</param>
internal sealed record SetQuestion(string Id, string Question, IReadOnlyList<IReadOnlyList<string>> Expect, bool Fallback, string? Document = null, IReadOnlyList<string>? Earlier = null)
{
    /// <summary>Every turn of the conversation, <see cref="Question"/> last.</summary>
    public IReadOnlyList<string> Turns => [.. Earlier ?? [], Question];

    public static List<SetQuestion> ReadAll(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse)];

    /// <summary>Whether <paramref name="answer"/> passes, by the scorer's rules.</summary>
    public bool Passes(ChatAnswer answer)
    {
        if (answer.Failed)
        {
            return false;
        }

        if (Fallback)
        {
            // Stricter than the scorer: an excerpt of a document is no honest "no" either.
            return answer.HasContentId && answer.ContentId is null && answer.Intent != "document";
        }

        return Matches(answer.Text);
    }

    /// <summary>Whether <paramref name="reply"/>, folded, holds an alternative of every inner list of <see cref="Expect"/>.</summary>
    public bool Matches(string reply)
    {
        var text = ScoreText.Fold(reply);
        return Expect.All(alternatives => alternatives.Any(a => text.Contains(ScoreText.Fold(a), StringComparison.Ordinal)));
    }

    private static SetQuestion Parse(string line)
    {
        var root = JsonSerializer.Deserialize<JsonElement>(line);
        var expect = root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(alts => (IReadOnlyList<string>)[.. alts.EnumerateArray().Select(a => a.GetString() ?? "")]).ToList()
            : [];
        var fallback = root.TryGetProperty("fallback", out var f) && f.ValueKind == JsonValueKind.True;
        var id = root.TryGetProperty("id", out var i) ? i.ToString() : "?";
        var document = root.TryGetProperty("doc", out var d) ? d.GetString() : null;
        if (root.TryGetProperty("turns", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0)
        {
            List<string> turns = [.. t.EnumerateArray().Select(turn => turn.GetString() ?? "")];
            return new SetQuestion(id, turns[^1], expect, fallback, document, turns[..^1]);
        }

        return new SetQuestion(id, root.GetProperty("q").GetString() ?? "", expect, fallback, document);
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CdsBot.Bench.Eval;

/// <summary>
/// Asks the host questions through <c>POST /api/chat</c>, each question (or conversation of several turns) in a new
/// conversation of a new citizen, as the scorer does.
/// </summary>
internal sealed class ChatProbe(Uri address) : IDisposable
{
    private const string FaqPrefix = "FAQ:";

    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The answers to <paramref name="questions"/>, in their order, asked <paramref name="concurrency"/> at a time.</summary>
    public Task<ChatAnswer[]> AskAllAsync(IReadOnlyList<string> questions, int concurrency) =>
        AskAllAsync([.. questions.Select(q => (IReadOnlyList<string>)[q])], concurrency);

    /// <summary>
    /// The answers to the last turn of each of <paramref name="conversations"/>, in their order, each conversation
    /// in its own conversation of a new citizen, <paramref name="concurrency"/> conversations at a time.
    /// </summary>
    public async Task<ChatAnswer[]> AskAllAsync(IReadOnlyList<IReadOnlyList<string>> conversations, int concurrency)
    {
        var answers = new ChatAnswer[conversations.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < conversations.Count)
            {
                answers[i] = await AskAsync(conversations[i]);
            }
        }));
        return answers;
    }

    /// <summary>
    /// The turns in one new conversation, the answer to the last (its latency that turn's alone); a failed request or
    /// an unreadable response comes back as a failed answer, never as an exception.
    /// </summary>
    public async Task<ChatAnswer> AskAsync(IReadOnlyList<string> turns)
    {
        var citizen = "eval-" + Guid.NewGuid().ToString("N");
        var answer = ChatAnswer.Failure("no turns", 0);
        foreach (var turn in turns)
        {
            answer = await AskTurnAsync(citizen, turn);
            if (answer.Failed)
            {
                break;
            }
        }

        return answer;
    }

    private async Task<ChatAnswer> AskTurnAsync(string citizen, string text)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.PostAsJsonAsync("/api/chat", new { conversationId = citizen, userId = citizen, text });
            var body = await response.Content.ReadAsByteArrayAsync();
            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.IsSuccessStatusCode
                ? Read(body, latency)
                : ChatAnswer.Failure($"HTTP {(int)response.StatusCode}", latency);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            return ChatAnswer.Failure(ex.GetType().Name + ": " + ex.Message, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static ChatAnswer Read(byte[] body, double latency)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var texts = new List<string>();
        var choices = new List<string>();
        if (root.TryGetProperty("replies", out var replies) && replies.ValueKind == JsonValueKind.Array)
        {
            foreach (var reply in replies.EnumerateArray())
            {
                texts.Add(String(reply, "text") ?? "");
                foreach (var part in new[] { "quickReplies", "buttons", "items" })
                {
                    if (reply.TryGetProperty(part, out var entries) && entries.ValueKind == JsonValueKind.Array)
                    {
                        choices.AddRange(entries.EnumerateArray()
                            .Select(e => String(e, "payload"))
                            .Where(p => p is not null && p.StartsWith(FaqPrefix, StringComparison.Ordinal))
                            .Select(p => p![FaqPrefix.Length..]));
                    }
                }
            }
        }

        var traced = root.TryGetProperty("trace", out var trace) && trace.ValueKind == JsonValueKind.Object;
        var hasContentId = traced && trace.TryGetProperty("contentId", out _);
        double? score = traced && trace.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : null;
        return new ChatAnswer(
            traced ? String(trace, "intent") : null,
            traced ? String(trace, "contentId") : null,
            hasContentId,
            score,
            [.. choices.Distinct(StringComparer.Ordinal)],
            string.Join(' ', texts),
            latency,
            null);
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _http.Dispose();
}

using System.Globalization;

namespace CdsBot.Bench.Eval;

/// <summary>
/// The repository's own question sets against the shipped content (FAQ included), scored as shared/eval/score
/// scores them: every question (or conversation) in a new conversation, a failed request a miss.
/// </summary>
internal static class QuestionSetEvaluation
{
    private const int Concurrency = 4;

    public static async Task RunAsync(EvalOptions options, EvalDump dump)
    {
        var sets = options.Sets.Where(File.Exists).ToList();
        foreach (var missing in options.Sets.Except(sets))
        {
            Console.WriteLine($"sets: {missing} not found; skipped.");
        }

        if (sets.Count == 0)
        {
            return;
        }

        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Content__Path"] = options.ContentFolder, ["Llm__Enabled"] = "false" });
        using var probe = new ChatProbe(host.Address);
        Console.WriteLine();
        Console.WriteLine($"own sets, shipped content ({options.ContentFolder}, FAQ included), one new conversation per question:");
        foreach (var set in sets)
        {
            var name = Path.GetRelativePath(options.RepoRoot, set);
            var questions = SetQuestion.ReadAll(set);
            var answers = await probe.AskAllAsync([.. questions.Select(q => q.Turns)], Concurrency);
            int answered = 0, total = 0, plain = 0, plainAnswered = 0, declinedOk = 0, outOfScope = 0;
            var misses = new List<string>();
            for (var i = 0; i < questions.Count; i++)
            {
                var (question, answer) = (questions[i], answers[i]);
                var passed = question.Passes(answer);
                if (question.Fallback)
                {
                    outOfScope++;
                    declinedOk += passed ? 1 : 0;
                }
                else
                {
                    total++;
                    answered += passed ? 1 : 0;
                    var isPlain = ScoreText.IsPlain(question.Question);
                    plain += isPlain ? 1 : 0;
                    plainAnswered += isPlain && passed ? 1 : 0;
                }

                if (!passed)
                {
                    misses.Add(Miss(question, answer));
                }

                dump.Write(new
                {
                    kind = "set", set = name, id = question.Id, query = question.Question, earlier = question.Earlier, fallback = question.Fallback, passed,
                    intent = answer.Intent, contentId = answer.ContentId, score = answer.Score, choices = answer.Choices,
                    latencyMs = Math.Round(answer.LatencyMs, 2), error = answer.Error, text = answer.Text,
                });
            }

            var latencies = answers.Select(a => a.LatencyMs).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: answered {answered}/{total} ({(total == 0 ? 0 : 100.0 * answered / total):F1}%), without diacritics {plainAnswered}/{plain}, " +
                $"declined-ok {declinedOk}/{outOfScope}, p50 {Percentiles.Of(latencies, 0.50):F1} ms p99 {Percentiles.Of(latencies, 0.99):F1} ms"));
            misses.ForEach(m => Console.WriteLine("  " + m));
        }
    }

    private static string Miss(SetQuestion question, ChatAnswer answer)
    {
        var what = answer.Failed
            ? $"failed: {answer.Error}"
            : string.Create(CultureInfo.InvariantCulture, $"intent={answer.Intent} contentId={answer.ContentId ?? "null"} score={answer.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "null"}");
        var reply = ScoreText.Fold(answer.Text);
        return $"MISS {question.Id} {(question.Fallback ? "(out of scope) " : "")}'{string.Join("' → '", question.Turns)}' -> {what}" +
            (question.Fallback || answer.Failed ? "" : $" | {reply[..Math.Min(reply.Length, 120)]}");
    }
}

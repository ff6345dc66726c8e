using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Eval;

/// <summary>
/// The DVC folds through the real host: per fold a content folder and a fresh database, every held-out phrasing
/// (as written and without diacritics) in a new conversation through <c>POST /api/chat</c>, next to the Lucene
/// baseline and the index's own top 3 on the same queries.
/// </summary>
internal static class DvcEvaluation
{
    private const int Concurrency = 4, WarmUpQueries = 20;

    public static async Task RunAsync(EvalOptions options, EvalDump dump)
    {
        var folds = Directory.Exists(options.FoldsFolder) ? DvcFold.FindAll(options.FoldsFolder) : [];
        if (folds.Count == 0)
        {
            Console.WriteLine($"dvc: no folds under {options.FoldsFolder}; skipped.");
            return;
        }

        var totals = DvcQuery.Variants.ToDictionary(v => v, _ => new DvcTally());
        var perFold = DvcQuery.Variants.ToDictionary(v => v, _ => new List<(string Fold, DvcTally Tally)>());
        var disagreements = 0;
        var scratch = Directory.CreateTempSubdirectory("cdsbot-eval-");
        try
        {
            foreach (var fold in folds)
            {
                var folder = fold.WriteContent(options.ContentFolder, scratch.FullName);
                var content = ContentFileReader.Read(folder);
                var catalog = new ContentCatalog(TimeProvider.System);
                catalog.Publish(content);
                using var lucene = new LuceneBaseline(content.Items);
                if (fold == folds[0])
                {
                    const string sample = "Đăng ký đổi CCCD ở phường";
                    Console.WriteLine($"lucene folding check: '{sample}' -> {string.Join(' ', lucene.Terms(sample))}");
                }

                var queries = DvcQuery.ReadAll(fold.QueriesFile);
                await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Content__Path"] = folder, ["Llm__Enabled"] = "false" });
                using var probe = new ChatProbe(host.Address);
                await probe.AskAllAsync([.. queries.Take(WarmUpQueries).Select(q => q.Raw)], Concurrency);
                foreach (var variant in DvcQuery.Variants)
                {
                    var texts = queries.Select(q => q.Text(variant)).ToList();
                    var answers = await probe.AskAllAsync(texts, Concurrency);
                    var tally = new DvcTally();
                    perFold[variant].Add((fold.Name, tally));
                    for (var i = 0; i < queries.Count; i++)
                    {
                        var (expected, answer) = (queries[i].Id, answers[i]);
                        var kind = AnswerKinds.Classify(answer, expected);
                        var top3 = catalog.Index.Search(texts[i], 3).Select(c => c.Item.Id).ToList();
                        var luceneTop3 = lucene.Top(texts[i], 3);
                        var luceneTop1 = luceneTop3.Count > 0 && luceneTop3[0] == expected;
                        tally.Add(kind, top3.Contains(expected), luceneTop1, luceneTop3.Contains(expected), answer.LatencyMs, answer.Choices.Contains(expected));
                        totals[variant].Add(kind, top3.Contains(expected), luceneTop1, luceneTop3.Contains(expected), answer.LatencyMs, answer.Choices.Contains(expected));
                        disagreements += answer.ContentId is { } id && (top3.Count == 0 || top3[0] != id) ? 1 : 0;
                        dump.Write(new
                        {
                            kind = "dvc", fold = fold.Name, variant, expected, query = texts[i], outcome = kind.ToString(),
                            intent = answer.Intent, contentId = answer.ContentId, score = answer.Score, choices = answer.Choices,
                            top3, luceneTop3, latencyMs = Math.Round(answer.LatencyMs, 2), error = answer.Error, text = answer.Text,
                        });
                    }
                }
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        foreach (var variant in DvcQuery.Variants)
        {
            Console.WriteLine();
            Console.WriteLine(totals[variant].Line($"dvc {variant,-7}"));
            foreach (var (fold, tally) in perFold[variant])
            {
                Console.WriteLine(tally.Line($"  fold {fold} {variant,-7}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"top3 = the expected item among the first 3 candidates of FaqIndex.Search(question, 3), computed in this process over " +
            $"the same fold content (the host does not expose its candidates); its first candidate differed from the host's answer on {disagreements} answered queries.");
        Console.WriteLine($"lucene = Lucene.Net 4.8 BM25 (k1 1.2, b 0.75), one document per item (question + variants), StandardTokenizer + LowerCase + ASCIIFolding.");
        Console.WriteLine($"latency = POST /api/chat over loopback, {Concurrency} requests at a time, after {WarmUpQueries} warm-up turns per host.");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using CdsBot.Bench.Eval;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench;

/// <summary>
/// Passage search, in process: the shipped documents' texts alone, then with synthetic documents added (pages of
/// about 3,000 characters with the seeds' heading structure, their sentences recombined whole and word by word, so
/// vocabulary and postings are as dense as real plans would make them). Prints splitting and index build time,
/// the index's managed memory, latency over the dev questions and the document questions on one thread, and how many
/// of the document questions find their facts in the top passage (with synthetic documents that repeat the seeds'
/// sentences under other headings and numbers, a test of robustness to noise rather than of quality).
/// </summary>
internal static class PassageBenchmark
{
    private const int PageCharacters = 3_000;

    public static void Run(int documents, int pages, int queries)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "content");
        var shipped = ContentFileReader.Read(folder);
        var root = RepoRoot.Find();
        var documentQuestions = SetQuestion.ReadAll(Path.Combine(root, "eval", "document-questions.jsonl"));
        var devPath = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "dev-questions.jsonl"));
        var devQuestions = File.Exists(devPath) ? SetQuestion.ReadAll(devPath) : [];
        string[] questions = [.. devQuestions.Concat(documentQuestions).Select(q => q.Question)];
        Console.WriteLine($"passages: {questions.Length} questions ({devQuestions.Count} dev, {documentQuestions.Count} document questions).");

        // One build before measuring, so the shipped texts' build time is that of a publish in a running host, not the JIT's.
        _ = new PassageIndex(shipped.Documents, new TextAnalyzer(shipped.Synonyms, shipped.Localities, shipped.Shorthand), shipped.Localities);
        Measure("shipped texts", shipped.Documents, shipped, questions, documentQuestions, queries);
        var synthetic = Synthetic(shipped, documents, pages);
        Measure($"shipped + {documents} synthetic × {pages} pages", shipped.Documents.Concat(synthetic), shipped, questions, documentQuestions, queries);
    }

    private static void Measure(string label, IEnumerable<SourceDocument> documents, ContentSet content, string[] questions, List<SetQuestion> documentQuestions, int queries)
    {
        var texts = documents.Where(d => d.Text is not null).ToList();
        var characters = texts.Sum(d => (long)d.Text!.Length);
        var analyzer = new TextAnalyzer(content.Synonyms, content.Localities, content.Shorthand);

        var split = Stopwatch.StartNew();
        var passageCount = texts.Sum(d => PassageSplitter.Split(d.Number, d.Text!).Count);
        split.Stop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var index = new PassageIndex(texts, analyzer, content.Localities);
        build.Stop();
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        var timing = QueryTiming.Measure(q => index.Search(q), questions, queries);
        var answerable = documentQuestions.Where(q => q.Expect.Count > 0).ToList();
        var found = answerable.Count(q => index.Search(q.Question, 1) is { Count: > 0 } top && q.Matches(top[0].Passage.Text));
        GC.KeepAlive(index);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"passages, {label}: {texts.Count} documents, {characters / 1e6:F2} M characters, {passageCount:N0} passages; split in {split.ElapsedMilliseconds} ms, " +
            $"indexed (split included) in {build.ElapsedMilliseconds} ms, index ~{indexBytes / 1048576.0:F1} MiB managed; " +
            $"{queries:N0} queries on 1 thread: {timing.PerSecond:F0} q/s, p50 {timing.P50:F3} ms, " +
            $"p99 {timing.P99:F3} ms, max {timing.SortedLatencies[^1]:F3} ms; {timing.AllocatedPerQuery:N0} B allocated per query, {timing.Collections} gen0 GCs; " +
            $"document questions with their facts in the top passage: {found}/{answerable.Count}"));
    }

    /// <summary>Plans of <paramref name="pages"/> pages in the seeds' layout and words, numbered apart from real ones, spread over the localities.</summary>
    private static List<SourceDocument> Synthetic(ContentSet shipped, int count, int pages)
    {
        var seeds = shipped.Documents.Where(d => d.Text is not null).ToList();
        var passages = seeds.SelectMany(d => PassageSplitter.Split(d.Number, d.Text!)).ToList();
        var sentences = passages.Where(p => p.HeadingPath.Length > 0 && !p.Text.Contains(" | ", StringComparison.Ordinal))
            .SelectMany(p => p.Text.Split('\n')).Select(s => s.TrimStart('-', '+', ' ')).Where(s => s.Length > 40).ToArray();
        var titles = passages.Select(p => p.HeadingPath.Split(" › ")[^1]).Where(h => h.Length > 0).Select(h => h[(h.IndexOf(' ', StringComparison.Ordinal) + 1)..]).Distinct().ToArray();
        var words = sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var localities = shipped.Localities.Select(l => (l.Id, l.Name)).ToArray();
        var random = new Random(20261129);
        string Recombined(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])) + ".";
        string Sentence() => random.Next(2) == 0 ? sentences[random.Next(sentences.Length)] : Recombined(15 + random.Next(40));
        string[] roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

        var documents = new List<SourceDocument>(count);
        for (var n = 0; n < count; n++)
        {
            var (locality, name) = localities[n % localities.Length];
            var number = $"{1000 + n}/KH-UBND";
            var title = $"{titles[random.Next(titles.Length)]} trên địa bàn tỉnh {name} năm {2020 + (n % 6)}";
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Số: {number}\n\n{name}, ngày {1 + (n % 28)} tháng {1 + (n % 12)} năm {2020 + (n % 6)}\n\nKẾ HOẠCH\n{title}\n\n");
            text.Append("Thực hiện ").Append(Sentence()).Append("\n\n");
            for (var section = 0; text.Length < pages * PageCharacters; section++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{roman[section % roman.Length]}. {titles[random.Next(titles.Length)].ToUpperInvariant()}\n\n");
                for (var part = 1; part <= 2 + random.Next(3) && text.Length < pages * PageCharacters; part++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{part}. {titles[random.Next(titles.Length)]}\n\n");
                    var lettered = random.Next(3) == 0;
                    for (var point = 0; point < 2 + random.Next(3); point++)
                    {
                        if (lettered)
                        {
                            text.Append(CultureInfo.InvariantCulture, $"{(char)('a' + point)}) {titles[random.Next(titles.Length)]}\n\n");
                        }

                        for (var bullet = 0; bullet < 2 + random.Next(3); bullet++)
                        {
                            text.Append("- ").Append(Sentence()).Append(' ').Append(random.Next(3) == 0 ? Sentence() : "").Append('\n');
                        }

                        text.Append('\n');
                    }
                }
            }

            documents.Add(new SourceDocument
            {
                Number = number, Type = "Kế hoạch", Issuer = $"Ủy ban nhân dân tỉnh {name}", Title = title, Locality = locality, Text = text.ToString(),
            });
        }

        return documents;
    }
}

using System.Diagnostics;
using System.Globalization;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench;

/// <summary>
/// Retrieval latency, queries per second and index memory, in process, with the shipped content and with
/// the shipped content plus synthetic items (built from the real items' vocabulary, so postings are as dense
/// as real content would make them).
/// </summary>
internal static class RetrievalBenchmark
{
    private static readonly string[] Questions =
    [
        "nghi quyet 57 la gi", "Nghị quyết 57-NQ/TW ra đời ngày nào?", "cai vneid the nao", "dvc la gi", "bdhvs",
        "làm giấy khai sinh online", "tin nhắn giả mạo ngân hàng nhận biết sao", "tra vinh nghi quyet chuyen doi so",
        "8 lĩnh vực ưu tiên chuyển đổi số", "giá cà phê hôm nay", "mình bị lừa chuyển tiền rồi giờ làm sao",
        "qd 749", "Thái Bình tổ chức Ngày Chủ nhật số ở đâu", "wifi quan ca phe co an toan khong", "zxcvbnm",
    ];

    public static void Run(int syntheticItems, int queries)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "content");
        var shipped = ContentFileReader.Read(folder);
        Measure("shipped content", shipped, queries);
        Measure($"shipped + {syntheticItems:N0} synthetic", WithSynthetic(shipped, syntheticItems), queries);
    }

    private static void Measure(string label, ContentSet content, int queries)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(content);
        build.Stop();
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        var index = catalog.Index;
        var timing = QueryTiming.Measure(q => index.Search(q), Questions, queries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retrieval, {label}: {index.Count:N0} items indexed in {build.ElapsedMilliseconds} ms, index ~{indexBytes / 1048576.0:F1} MiB managed; " +
            $"{queries:N0} queries on 1 thread: {timing.PerSecond:F0} q/s, p50 {timing.P50:F3} ms, p99 {timing.P99:F3} ms; " +
            $"{timing.AllocatedPerQuery:N0} B allocated per query, {timing.Collections} gen0 GCs; process working set {Environment.WorkingSet / 1048576.0:F0} MiB"));
    }

    /// <summary>Items whose questions and answers recombine the shipped items' words, like a larger province's content.</summary>
    private static ContentSet WithSynthetic(ContentSet shipped, int count)
    {
        var real = shipped.Items.ToArray();
        var words = real.SelectMany(i => (i.Question + " " + i.Answer).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20261122);
        string Sentence(int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
        var synthetic = Enumerable.Range(0, count).Select(n => new FaqItem
        {
            Id = $"synthetic-{n}",
            Topic = real[n % real.Length].Topic,
            Question = Sentence(8 + random.Next(8)) + "?",
            Variants = [Sentence(6), Sentence(7)],
            Answer = Sentence(40 + random.Next(40)),
        });
        return new ContentSet(shipped.Topics, shipped.Documents, shipped.Items.Concat(synthetic), shipped.Localities, shipped.Synonyms, shipped.Shorthand);
    }
}

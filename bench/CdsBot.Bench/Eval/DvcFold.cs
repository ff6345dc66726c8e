namespace CdsBot.Bench.Eval;

/// <summary>
/// One leave-one-phrasing-out fold: its items (<c>faq/dvc.yaml</c>) and held-out queries (<c>queries.jsonl</c>).
/// Its content folder is the shipped content's top-level files (topics, documents, localities, synonyms and any
/// other) and the documents' texts, with the fold's FAQ file as the only one: the shipped FAQ items are left out.
/// </summary>
internal sealed record DvcFold(string Name, string Folder)
{
    public string QueriesFile => Path.Combine(Folder, "queries.jsonl");

    public string FaqFolder => Path.Combine(Folder, "faq");

    /// <summary>The folds under <paramref name="foldsFolder"/> that have both a faq folder and queries, by name.</summary>
    public static List<DvcFold> FindAll(string foldsFolder) =>
        [.. Directory.GetDirectories(foldsFolder)
            .Order(StringComparer.Ordinal)
            .Select(f => new DvcFold(Path.GetFileName(f), f))
            .Where(f => File.Exists(f.QueriesFile) && Directory.Exists(f.FaqFolder))];

    /// <summary>Writes this fold's content folder under <paramref name="scratch"/> and returns its path.</summary>
    public string WriteContent(string shippedContent, string scratch)
    {
        var folder = Path.Combine(scratch, "fold-" + Name);
        var faq = Path.Combine(folder, "faq");
        Directory.CreateDirectory(faq);
        foreach (var file in Directory.GetFiles(shippedContent))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var texts = Path.Combine(shippedContent, "documents");
        if (Directory.Exists(texts))
        {
            Directory.CreateDirectory(Path.Combine(folder, "documents"));
            foreach (var file in Directory.GetFiles(texts))
            {
                File.Copy(file, Path.Combine(folder, "documents", Path.GetFileName(file)));
            }
        }

        foreach (var file in Directory.GetFiles(FaqFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(faq, Path.GetFileName(file)));
        }

        return folder;
    }
}

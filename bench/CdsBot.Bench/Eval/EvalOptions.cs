namespace CdsBot.Bench.Eval;

/// <summary>
/// The eval mode's arguments: <c>[--folds DIR] [--sets FILE...] [--dump FILE]</c>. Defaults: the DVC folds in
/// <c>../shared/eval/dvc/folds</c> and the sets <c>../shared/eval/dev-questions.jsonl</c> plus <c>eval/*.jsonl</c>,
/// both relative to the repository root.
/// </summary>
internal sealed record EvalOptions(string RepoRoot, string FoldsFolder, IReadOnlyList<string> Sets, string? DumpPath)
{
    public const string Usage = "usage: eval [--folds DIR] [--sets FILE...] [--dump FILE]";

    public string ContentFolder => Path.Combine(RepoRoot, "content");

    /// <summary>The options, or null (with the problem on standard error) when the arguments are wrong.</summary>
    public static EvalOptions? Parse(IReadOnlyList<string> args, string repoRoot)
    {
        string? folds = null, dump = null;
        List<string>? sets = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--folds" when i + 1 < args.Count:
                    folds = Path.GetFullPath(args[++i]);
                    break;
                case "--dump" when i + 1 < args.Count:
                    dump = Path.GetFullPath(args[++i]);
                    break;
                case "--sets":
                    sets ??= [];
                    i = ReadFiles(args, i, sets);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. {Usage}");
                    return null;
            }
        }

        var defaults = Defaults(repoRoot);
        return defaults with { FoldsFolder = folds ?? defaults.FoldsFolder, Sets = sets ?? defaults.Sets, DumpPath = dump };
    }

    /// <summary>
    /// Adds to <paramref name="files"/> the full paths of the arguments after position <paramref name="at"/> up to the next
    /// option (<c>--sets a.jsonl b.jsonl --dump x</c>); returns the position of the last one read.
    /// </summary>
    public static int ReadFiles(IReadOnlyList<string> args, int at, List<string> files)
    {
        while (at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal))
        {
            files.Add(Path.GetFullPath(args[++at]));
        }

        return at;
    }

    /// <summary>The default folds and sets for the repository at <paramref name="repoRoot"/>, without a dump.</summary>
    public static EvalOptions Defaults(string repoRoot)
    {
        var shared = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "eval"));
        return new EvalOptions(repoRoot, Path.Combine(shared, "dvc", "folds"), DefaultSets(repoRoot, shared), null);
    }

    private static List<string> DefaultSets(string repoRoot, string shared)
    {
        var sets = new List<string> { Path.Combine(shared, "dev-questions.jsonl") };
        var own = Path.Combine(repoRoot, "eval");
        if (Directory.Exists(own))
        {
            sets.AddRange(Directory.GetFiles(own, "*.jsonl").Order(StringComparer.Ordinal));
        }

        return sets;
    }
}

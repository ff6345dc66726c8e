using System.Diagnostics;

namespace CdsBot.Bench.Eval;

/// <summary>
/// Answer quality through the real chat pipeline: the DVC folds next to the Lucene baseline, then the
/// repository's own question sets. Prints figures; never passes or fails.
/// </summary>
internal static class EvalBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = EvalOptions.Parse(args, RepoRoot.Find());
        if (options is null)
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        using var dump = new EvalDump(options.DumpPath);
        await DvcEvaluation.RunAsync(options, dump);
        await QuestionSetEvaluation.RunAsync(options, dump);
        Console.WriteLine();
        Console.WriteLine($"eval took {clock.Elapsed.TotalSeconds:F1} s{(dump.Path is null ? "" : $"; one line per query in {dump.Path}")}");
        return 0;
    }
}

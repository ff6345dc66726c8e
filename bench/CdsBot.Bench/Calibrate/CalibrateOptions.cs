using System.Globalization;
using CdsBot.Bench.Eval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// The calibrate mode's arguments: <c>[--own-weight 6] [--sets FILE...] [--dump FILE]</c>. The data are <c>eval</c>'s defaults:
/// the DVC folds in <c>../shared/eval/dvc/folds</c>, the sets <c>../shared/eval/dev-questions.jsonl</c> and <c>eval/*.jsonl</c>
/// unless <c>--sets</c> names others (to keep a set out of the fit, as one checking it afterwards).
/// </summary>
/// <param name="Data">Where the folds, the sets and the shipped content are, and the dump file.</param>
/// <param name="OwnWeight">The weight of an own-set question in the fit (a DVC query weighs 1).</param>
internal sealed record CalibrateOptions(EvalOptions Data, double OwnWeight)
{
    public const string Usage = "usage: calibrate [--own-weight 6] [--sets FILE...] [--dump FILE]";

    /// <summary>The options, or null (with the problem on standard error) when the arguments are wrong.</summary>
    public static CalibrateOptions? Parse(IReadOnlyList<string> args, string repoRoot)
    {
        var ownWeight = 6.0;
        string? dump = null;
        List<string>? sets = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--own-weight" when i + 1 < args.Count
                    && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight >= 0:
                    ownWeight = weight;
                    i++;
                    break;
                case "--dump" when i + 1 < args.Count:
                    dump = Path.GetFullPath(args[++i]);
                    break;
                case "--sets":
                    sets ??= [];
                    i = EvalOptions.ReadFiles(args, i, sets);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown, incomplete or invalid argument '{args[i]}'. {Usage}");
                    return null;
            }
        }

        if (sets is { Count: 0 })
        {
            Console.Error.WriteLine($"--sets names no file. {Usage}");
            return null;
        }

        var data = EvalOptions.Defaults(repoRoot);
        return new CalibrateOptions(data with { Sets = sets ?? data.Sets, DumpPath = dump }, ownWeight);
    }
}

using System.Diagnostics;
using System.Globalization;
using CdsBot.Bench.Eval;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// Refits <see cref="AnswerConfidence"/> from questions with known answers, in process: the DVC folds (raw and
/// without diacritics) and the repository's own sets, each labelled by whether the index's top candidate is right.
/// Prints the weights to paste by hand and what the bot would answer with them; never changes the source.
/// </summary>
internal static class CalibrateBenchmark
{
    private const double Penalty = 1.0;
    private const int Iterations = 30;

    public static int Run(IReadOnlyList<string> args)
    {
        var options = CalibrateOptions.Parse(args, RepoRoot.Find());
        if (options is null)
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var samples = DvcSamples.Collect(options.Data.FoldsFolder, options.Data.ContentFolder)
            .Concat(OwnSetSamples.Collect(options.Data, options.OwnWeight))
            .ToList();
        var data = samples.Where(s => s.Top is not null)
            .Select(s => (Features: AnswerConfidence.Features(s.Top!.Evidence), s.Label, s.Weight))
            .ToList();
        if (data.Count == 0)
        {
            Console.Error.WriteLine("calibrate: no question had a candidate; nothing to fit.");
            return 1;
        }

        PrintData(samples, options.OwnWeight);
        var fitted = LogisticModel.Fit(data, Penalty, Iterations);
        WeightReport.Print(
            fitted,
            CurrentWeights.Read(),
            LogisticModel.LogLoss(data, [.. data.Select(d => LogisticModel.Probability(fitted, d.Features))]),
            LogisticModel.LogLoss(data, [.. samples.Where(s => s.Top is not null).Select(s => AnswerConfidence.Of(s.Top!.Evidence))]));
        DecisionTable.Print(samples, fitted);
        Dump(options.Data.DumpPath, samples, fitted);
        Console.WriteLine();
        Console.WriteLine($"calibrate took {clock.Elapsed.TotalSeconds:F1} s{(options.Data.DumpPath is null ? "" : $"; one line per question in {options.Data.DumpPath}")}");
        return 0;
    }

    private static void PrintData(List<CalibrationSample> samples, double ownWeight)
    {
        string Line(string name, IEnumerable<CalibrationSample> group)
        {
            var list = group.ToList();
            var fitted = list.Where(s => s.Top is not null).ToList();
            return $"  {name}: {list.Count} questions, {fitted.Count} with a candidate, {fitted.Count(s => s.Label == 1)} of them labelled right";
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data (L2 logistic regression, penalty {Penalty:0.0} on all weights but the intercept, {Iterations} Newton steps; questions without a candidate left out):"));
        Console.WriteLine(Line("dvc raw, weight 1", samples.Where(s => s.Dvc && s.Variant == "raw")));
        Console.WriteLine(Line("dvc nodiac, weight 1", samples.Where(s => s.Dvc && s.Variant == "nodiac")));
        Console.WriteLine(Line(string.Create(CultureInfo.InvariantCulture, $"own sets in scope, weight {ownWeight}"), samples.Where(s => !s.Dvc && !s.Fallback)));
        Console.WriteLine(Line(string.Create(CultureInfo.InvariantCulture, $"own sets out of scope (label 0), weight {ownWeight}"), samples.Where(s => !s.Dvc && s.Fallback)));
    }

    private static void Dump(string? path, List<CalibrationSample> samples, double[] fitted)
    {
        using var dump = new EvalDump(path);
        foreach (var s in samples)
        {
            dump.Write(new
            {
                source = s.Source, variant = s.Variant, id = s.Id, question = s.Question, expected = s.Expected, fallback = s.Fallback,
                topId = s.Top?.Item.Id, label = s.Top is null ? (int?)null : s.Label, weight = s.Weight, evidence = s.Top?.Evidence,
                p = s.Top is null ? (double?)null : Math.Round(LogisticModel.Probability(fitted, AnswerConfidence.Features(s.Top.Evidence)), 4),
                pCurrent = s.Top is null ? (double?)null : Math.Round(AnswerConfidence.Of(s.Top.Evidence), 4),
            });
        }
    }
}

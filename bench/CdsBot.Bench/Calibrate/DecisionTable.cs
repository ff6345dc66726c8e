using System.Globalization;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// What the bot would answer under a confidence model at each threshold, by <see cref="AnswerDecision.For"/> itself
/// (confidence at the threshold or the question being the item's own phrasing, the minimum fit, no near-tie), with
/// <see cref="RetrievalOptions"/> defaults for everything but the threshold. A question without a candidate is never
/// answered but stays in the denominators.
/// </summary>
internal static class DecisionTable
{
    public static readonly double[] Thresholds = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

    public static void Print(IReadOnlyList<CalibrationSample> samples, double[] fitted)
    {
        var threshold = new RetrievalOptions().AnswerThreshold;
        Console.WriteLine();
        Console.WriteLine("answered under the full decision rule (AnswerDecision.For), RetrievalOptions defaults but the threshold:");
        Console.WriteLine($"  {"",-9} {"",-9} | {"dvc raw",-15} | {"dvc nodiac",-15} | {"own sets",-9} | own out-of-scope");
        Console.WriteLine($"  {"weights",-9} {"threshold",-9} | {"correct",7} {"wrong",7} | {"correct",7} {"wrong",7} | {"correct",9} | answered");
        foreach (var t in Thresholds)
        {
            var mark = Math.Abs(t - threshold) < 1e-9 ? "   <- default RetrievalOptions.AnswerThreshold" : "";
            Console.WriteLine(Row("refit", samples, e => LogisticModel.Probability(fitted, AnswerConfidence.Features(e)), t) + mark);
        }

        Console.WriteLine(Row("current", samples, AnswerConfidence.Of, threshold) + "   <- as shipped");
        Console.WriteLine("  dvc: shares of all held-out queries of the variant over all folds; own sets: answered with a matching answer of all " +
            "in-scope questions; out-of-scope: answered of all out-of-scope questions.");
    }

    private static string Row(string weights, IReadOnlyList<CalibrationSample> samples, Func<AnswerEvidence, double> probability, double threshold)
    {
        var options = new RetrievalOptions { AnswerThreshold = threshold };
        bool Answered(CalibrationSample s) =>
            s.Top is { } top && AnswerDecision.For([top with { Confidence = probability(top.Evidence) }], options).Band == "answered";

        string Dvc(string variant)
        {
            var queries = samples.Where(s => s.Dvc && s.Variant == variant).ToList();
            var answered = queries.Where(Answered).ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"{Percent(answered.Count(s => s.Label == 1), queries.Count),6:F1}% {Percent(answered.Count(s => s.Label == 0), queries.Count),6:F1}%");
        }

        var inScope = samples.Where(s => !s.Dvc && !s.Fallback).ToList();
        var outOfScope = samples.Where(s => !s.Dvc && s.Fallback).ToList();
        var own = $"{inScope.Count(s => s.Label == 1 && Answered(s))}/{inScope.Count}";
        var declined = $"{outOfScope.Count(Answered)}/{outOfScope.Count}";
        return string.Create(CultureInfo.InvariantCulture,
            $"  {weights,-9} {threshold,9:F2} | {Dvc("raw")} | {Dvc("nodiac")} | {own,9} | {declined}");
    }

    private static double Percent(int count, int total) => total == 0 ? 0 : 100.0 * count / total;
}

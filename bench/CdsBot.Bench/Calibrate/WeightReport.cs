using System.Globalization;

namespace CdsBot.Bench.Calibrate;

/// <summary>Prints fitted weights as a C# array literal for <c>AnswerConfidence.Weights</c>, beside the current ones.</summary>
internal static class WeightReport
{
    // The order of AnswerConfidence.Features; only used as labels, and only when the count matches.
    private static readonly string[] FeatureNames = ["constant", "fit", "fit - rival fit", "coverage", "margin", "lead", "log(1 + rank)", "lead × log(1 + words beyond 4)"];

    public static void Print(double[] fitted, double[]? current, double fittedLoss, double currentLoss)
    {
        Console.WriteLine();
        Console.WriteLine("refit weights, to paste into AnswerConfidence.Weights (src/CdsBot.Dialogs/Retrieval/AnswerConfidence.cs) after review:");
        Console.WriteLine($"    internal static readonly double[] Weights = {Literal(fitted)};");
        Console.WriteLine($"current weights:");
        Console.WriteLine($"    internal static readonly double[] Weights = {(current is null ? "(unreadable: no field AnswerConfidence.Weights)" : Literal(current))};");
        Console.WriteLine();
        Console.WriteLine($"  {"feature",-16} {"refit",8} {"current",8} {"change",8}");
        for (var j = 0; j < fitted.Length; j++)
        {
            var name = FeatureNames.Length == fitted.Length ? FeatureNames[j] : $"feature {j}";
            var now = current is not null && j < current.Length ? current[j] : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {fitted[j],8:F3} {now,8:F3} {fitted[j] - now,8:+0.000;-0.000;0.000}"));
        }

        if (current is not null && current.Length == fitted.Length)
        {
            var largest = fitted.Zip(current, (a, b) => Math.Abs(Math.Round(a, 3) - b)).Max();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  largest change after rounding to 3 decimals: {largest:F3} ({(largest <= 0.0005 ? "the same weights" : "the refit differs")})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  weighted mean log loss on the data: refit {fittedLoss:F4}, current {currentLoss:F4}"));
    }

    // Adding 0.0 turns a rounded -0 into 0, so a weight never prints as "-0.000".
    private static string Literal(IEnumerable<double> weights) =>
        "[" + string.Join(", ", weights.Select(w => (Math.Round(w, 3) + 0.0).ToString("0.000", CultureInfo.InvariantCulture))) + "]";
}

namespace CdsBot.Bench;

internal static class Percentiles
{
    public static double Of(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * percentile))];
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CdsBot.Bench;

/// <summary>
/// The host's Prometheus scrape (/metrics, with Telemetry__Prometheus__Enabled=true) read into sums per series name and
/// "kind" label: enough to tell how many database statements and commits a phase of a benchmark cost.
/// </summary>
internal sealed partial class HostMetrics(IReadOnlyDictionary<string, double> values)
{
    public static async Task<HostMetrics> ScrapeAsync(HttpClient http)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in (await http.GetStringAsync("/metrics")).Split('\n'))
        {
            if (Series().Match(line) is not { Success: true } match)
            {
                continue;
            }

            var key = match.Groups["name"].Value + (KindLabel().Match(match.Groups["labels"].Value) is { Success: true } kind ? "/" + kind.Groups[1].Value : "");
            values[key] = values.GetValueOrDefault(key) + double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return new HostMetrics(values);
    }

    /// <summary>The value of <paramref name="key"/> ("name" or "name/kind") in this scrape minus <paramref name="before"/>.</summary>
    public double Since(HostMetrics before, string key) => values.GetValueOrDefault(key) - before.Value(key);

    /// <summary>Group-commit units per batch since <paramref name="before"/> (0 when no batch committed).</summary>
    public double UnitsPerGroupCommit(HostMetrics before) =>
        Since(before, "cdsbot_db_group_commit_units_count") is var batches && batches > 0 ? Since(before, "cdsbot_db_group_commit_units_sum") / batches : 0;

    private double Value(string key) => values.GetValueOrDefault(key);

    [GeneratedRegex(@"^(?<name>cdsbot_[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>[0-9.eE+-]+)")]
    private static partial Regex Series();

    [GeneratedRegex(@"kind=""([a-z]+)""")]
    private static partial Regex KindLabel();
}

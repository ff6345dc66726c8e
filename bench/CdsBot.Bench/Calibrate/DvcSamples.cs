using CdsBot.Bench.Eval;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// The DVC folds in process: per fold the shipped top-level content plus the fold's FAQ file (as <c>eval</c> builds
/// it), every held-out phrasing as written and without diacritics, labelled by whether the top candidate is its item.
/// </summary>
internal static class DvcSamples
{
    public const double Weight = 1;

    public static List<CalibrationSample> Collect(string foldsFolder, string shippedContent)
    {
        var folds = Directory.Exists(foldsFolder) ? DvcFold.FindAll(foldsFolder) : [];
        if (folds.Count == 0)
        {
            Console.WriteLine($"dvc: no folds under {foldsFolder}; skipped.");
            return [];
        }

        var samples = new List<CalibrationSample>();
        var scratch = Directory.CreateTempSubdirectory("cdsbot-calibrate-");
        try
        {
            foreach (var fold in folds)
            {
                var catalog = new ContentCatalog(TimeProvider.System);
                catalog.Publish(ContentFileReader.Read(fold.WriteContent(shippedContent, scratch.FullName)));
                var queries = DvcQuery.ReadAll(fold.QueriesFile);
                foreach (var variant in DvcQuery.Variants)
                {
                    foreach (var query in queries)
                    {
                        var text = query.Text(variant);
                        var top = catalog.Index.Search(text, 3) is [var best, ..] ? best : null;
                        var label = top is not null && top.Item.Id == query.Id ? 1 : 0;
                        samples.Add(new CalibrationSample(true, "dvc/" + fold.Name, variant, null, text, query.Id, false, top, label, Weight));
                    }
                }
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        return samples;
    }
}

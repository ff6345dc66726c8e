using CdsBot.Bench.Eval;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// The repository's own question sets against the shipped content, in process: a question is labelled 1 when the
/// answer composed for its top candidate matches its expectation by the scorer's rules; out-of-scope questions 0.
/// </summary>
internal static class OwnSetSamples
{
    public static List<CalibrationSample> Collect(EvalOptions data, double weight)
    {
        var sets = data.Sets.Where(File.Exists).ToList();
        foreach (var missing in data.Sets.Except(sets))
        {
            Console.WriteLine($"sets: {missing} not found; skipped.");
        }

        var content = ContentFileReader.Read(data.ContentFolder);
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(content);
        var samples = new List<CalibrationSample>();
        foreach (var set in sets)
        {
            var source = Path.GetRelativePath(data.RepoRoot, set);
            // Questions only a document's text answers say nothing about how sure an item answer is, nor does the last
            // turn of a conversation, asked alone.
            foreach (var question in SetQuestion.ReadAll(set).Where(q => q.Document is null && q.Turns.Count == 1))
            {
                var top = catalog.Index.Search(question.Question, 3) is [var best, ..] ? best : null;
                var label = top is not null && !question.Fallback && question.Matches(AnswerText.Compose(top.Item, content)) ? 1 : 0;
                samples.Add(new CalibrationSample(false, source, null, question.Id, question.Question, question.Expect, question.Fallback, top, label, weight));
            }
        }

        return samples;
    }
}

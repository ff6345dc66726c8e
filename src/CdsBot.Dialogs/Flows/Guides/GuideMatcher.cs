using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>
/// Finds the guide a question is about: one whose trigger's words all appear in the question, read as retrieval reads
/// it (without diacritics, shorthand expanded). The trigger covering most words wins; ties go to the first guide.
/// </summary>
public static class GuideMatcher
{
    /// <summary>The guide <paramref name="question"/> matches, or null.</summary>
    public static Guide? Match(ContentSet content, TextAnalyzer analyzer, string question)
    {
        if (content.Guides.Count == 0)
        {
            return null;
        }

        var words = analyzer.Tokens(question).ToHashSet(StringComparer.Ordinal);
        Guide? best = null;
        var bestLength = 0;
        foreach (var guide in content.Guides)
        {
            foreach (var trigger in guide.Triggers)
            {
                var needed = analyzer.Tokens(trigger);
                if (needed.Count > bestLength && needed.All(words.Contains))
                {
                    (best, bestLength) = (guide, needed.Count);
                }
            }
        }

        return best;
    }
}

using CdsBot.Content;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Content.Checks;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Items;

/// <summary>
/// The content check (<see cref="ContentCheck"/>, as <c>content check</c> runs it in CI) on one item as it is submitted
/// and approved, and on a guide's or lesson's file text as it is submitted and approved: its findings come back as
/// warnings naming the offending fact (and, in a guide or lesson, the step or message), and publishing goes on.
/// Findings the content folder's exceptions file already accepts are left out.
/// </summary>
public sealed class PublishCheck(ContentCatalog catalog, IOptions<ContentOptions> options)
{
    public IReadOnlyList<PublishWarning> Warnings(string id, ItemContent content)
    {
        if (content.Topic is null || content.Question is null || content.Answer is null)
        {
            return [];
        }

        var accepted = AcceptedFindingsReader.Read(options.Value.ResolvedPath, []);
        return [.. ContentCheck.CheckItem(content.ToItem(id, ContentStatus.Published), catalog.Content)
            .Where(f => !accepted.Any(a => a.Accepts(f)))
            .Select(f => PublishWarning.From(f, content.Sources))];
    }

    /// <summary>The warnings on a guide's or lesson's file text (<paramref name="kind"/> "guide" or "lesson"); none when it cannot be read.</summary>
    public IReadOnlyList<PublishWarning> Warnings(string kind, string yaml)
    {
        IEnumerable<CheckedText> texts;
        try
        {
            texts = kind == CheckedKind.Guide
                ? CheckedText.Of(ContentFileReader.ReadGuide(yaml, catalog.Content))
                : CheckedText.Of(ContentFileReader.ReadLesson(yaml, catalog.Content));
        }
        catch (ContentValidationException)
        {
            return [];
        }

        var accepted = AcceptedFindingsReader.Read(options.Value.ResolvedPath, []);
        return [.. texts.SelectMany(text => ContentCheck.CheckText(text, catalog.Content)
                .Where(f => !accepted.Any(a => a.Accepts(f)))
                .Select(f => PublishWarning.From(f, text.Sources, PartName(text.Part))))
            .Distinct()];
    }

    /// <summary>"step 'bao-156'" → "Bước “bao-156”", "message 2" → "Tin nhắn 2", "check" → "Câu hỏi cuối bài".</summary>
    private static string PartName(string part) => part switch
    {
        CheckedText.CheckPart => "Câu hỏi cuối bài",
        _ when part.StartsWith("step '", StringComparison.Ordinal) => $"Bước “{part[6..^1]}”",
        _ when part.StartsWith("message ", StringComparison.Ordinal) => $"Tin nhắn {part[8..]}",
        _ => part,
    };
}

using CdsBot.Content;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Content.Checks;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Items;

/// <summary>
/// The content check (<see cref="ContentCheck"/>, as <c>content check</c> runs it in CI) on one item as it is submitted
/// and approved: its findings come back as warnings naming the offending fact, and publishing goes on. Findings the
/// content folder's exceptions file already accepts are left out.
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
}

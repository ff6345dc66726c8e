using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Content;

/// <summary>Loads the content folder into the catalog the bot answers from.</summary>
public sealed class ContentLoader(ContentCatalog catalog, IOptions<ContentOptions> options, ILogger<ContentLoader> logger)
{
    public ContentSet Load()
    {
        var folder = options.Value.ResolvedPath;
        var content = ContentFileReader.Read(folder);
        catalog.Publish(content);
        logger.LogInformation("Loaded {Items} items, {Documents} documents and {Topics} topics from {Folder}; {Answerable} answerable",
            content.Items.Count(), content.Documents.Count(), content.Topics.Count, folder, catalog.Index.Count);
        return content;
    }
}

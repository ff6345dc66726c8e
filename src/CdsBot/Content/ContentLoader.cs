using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Content;

/// <summary>
/// Puts content in force: on the first start the content folder seeds the database; afterwards the database
/// is the truth and the folder is read only by an explicit import.
/// </summary>
public sealed class ContentLoader(ContentStore store, ContentCatalog catalog, IOptions<ContentOptions> options, ILogger<ContentLoader> logger)
{
    public const string ImportedBy = "content-import";

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.IsEmptyAsync(cancellationToken))
        {
            logger.LogInformation("The content store is empty; seeding it from {Folder}", options.Value.ResolvedPath);
            await ImportAsync(options.Value.ResolvedPath, cancellationToken);
            return;
        }

        Publish(await store.LoadAsync(cancellationToken), "the database");
    }

    /// <summary>Reads <paramref name="folder"/> whole (refusing it whole on any error), stores it and puts it in force.</summary>
    public async Task<ContentSet> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var content = ContentFileReader.Read(folder);
        await store.ReplaceAsync(content, ImportedBy, cancellationToken);
        Publish(content, folder);
        return content;
    }

    /// <summary>Re-reads the store and puts it in force (after staff changes).</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Publish(await store.LoadAsync(cancellationToken), "the database");

    private void Publish(ContentSet content, string from)
    {
        catalog.Publish(content);
        logger.LogInformation("Content in force from {From}: {Items} items ({Answerable} answerable), {Documents} documents, {Topics} topics, {Synonyms} synonyms, {Shorthand} shorthand",
            from, content.Items.Count(), catalog.Index.Count, content.Documents.Count(), content.Topics.Count, content.Synonyms.Count, content.Shorthand.Count);
    }
}

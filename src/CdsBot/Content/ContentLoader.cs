using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Content;

/// <summary>
/// Puts content in force: on the first start the content folder seeds the database; afterwards the database
/// is the truth and the folder is read only by an explicit import.
/// </summary>
public sealed class ContentLoader(ContentStore store, ContentCatalog catalog, IOptions<ContentOptions> options, ILogger<ContentLoader> logger) : IDisposable
{
    public const string ImportedBy = "content-import";

    // One load at a time, each reading the database inside the lock: a slower, older read can never be put in force
    // after a newer one.
    private readonly SemaphoreSlim _loading = new(1, 1);
    private string? _revision;

    /// <summary>The revision stamp of the content in force, or null before the first load.</summary>
    public string? Revision => Volatile.Read(ref _revision);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.IsEmptyAsync(cancellationToken))
        {
            logger.LogInformation("The content store is empty; seeding it from {Folder}", options.Value.ResolvedPath);
            await ImportAsync(options.Value.ResolvedPath, cancellationToken);
            return;
        }

        await ReloadAsync(cancellationToken);
    }

    /// <summary>Reads <paramref name="folder"/> whole (refusing it whole on any error), stores it and puts it in force.</summary>
    public async Task<ContentSet> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var content = ContentFileReader.Read(folder);
        await store.ReplaceAsync(content, ImportedBy, cancellationToken);
        await ReloadAsync(folder, cancellationToken);
        return content;
    }

    /// <summary>Re-reads the store and puts it in force (after staff changes, here or on another instance).</summary>
    public Task ReloadAsync(CancellationToken cancellationToken) => ReloadAsync("the database", cancellationToken);

    /// <summary>Reloads when the database's revision stamp is not the one in force; true if it did.</summary>
    public async Task<bool> ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        if (await store.RevisionAsync(cancellationToken) == Revision)
        {
            return false;
        }

        await ReloadAsync("the database, changed by another instance", cancellationToken);
        return true;
    }

    public void Dispose() => _loading.Dispose();

    private async Task ReloadAsync(string from, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var (content, revision) = await store.LoadWithRevisionAsync(cancellationToken);
            Publish(content, from);
            Volatile.Write(ref _revision, revision);
        }
        finally
        {
            _loading.Release();
        }
    }

    private void Publish(ContentSet content, string from)
    {
        catalog.Publish(content);
        logger.LogInformation("Content in force from {From}: {Items} items ({Answerable} answerable), {Documents} documents ({Texts} with text), {Topics} topics, {Synonyms} synonyms, {Shorthand} shorthand",
            from, content.Items.Count(), catalog.Index.Count, content.Documents.Count(), content.Documents.Count(d => d.Text is not null), content.Topics.Count, content.Synonyms.Count, content.Shorthand.Count);
    }
}

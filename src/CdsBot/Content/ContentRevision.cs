using CdsBot.Content.Records;
using CdsBot.Storage;

namespace CdsBot.Content;

/// <summary>Marks a change to the content in force, inside the caller's unit of work, so it commits with the change.</summary>
public static class ContentRevision
{
    /// <summary>Gives the revision row a new stamp when <paramref name="db"/> saves its changes (once, however often it is called).</summary>
    public static void Touch(CdsBotDbContext db)
    {
        if (!db.ChangeTracker.Entries<ContentRevisionRecord>().Any())
        {
            db.ContentRevisions.Update(new ContentRevisionRecord { Stamp = Guid.NewGuid().ToString("N") });
        }
    }
}

using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>The curated content this repository ships (content/), read once, and the real root dialog over it.</summary>
internal static class ShippedContent
{
    private static readonly Lazy<ContentSet> Content = new(() => ContentFileReader.Read(Path.Combine(RepositoryRoot(), "content")));

    public static ContentSet Set => Content.Value;

    public static ContentCatalog Catalog()
    {
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(Set);
        return catalog;
    }

    public static RootDialog Root(TimeProvider? time = null, IQuestionLog? log = null, CdsBot.Dialogs.Flows.Lessons.ILessonLog? lessons = null)
    {
        time ??= TimeProvider.System;
        var catalog = new ContentCatalog(time);
        catalog.Publish(Set);
        var desk = new RecordingHandoffDesk();
        var subscriptions = new RecordingSubscriptionStore();
        return Conversation.Root(catalog, desk, subscriptions, log ?? new RecordingQuestionLog(), time, lessons);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CdsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CdsBot.sln not found above " + AppContext.BaseDirectory);
    }
}

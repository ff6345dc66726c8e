using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Guides;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Lessons;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>The root with the host's flows, wired as the host's DI wires them, over a given catalog.</summary>
public static class Conversation
{
    public static RootDialog Root(ContentCatalog catalog, IHandoffDesk desk, ISubscriptionStore subscriptions, IQuestionLog log, TimeProvider time, ILessonLog? lessons = null)
    {
        FlowRegistry? registry = null;
        var menu = new MainMenu(catalog, () => registry!.MenuEntries);
        var faq = new FaqResponder(catalog, new RetrievalOptions(), log, new NoRephraser(), time, menu);
        registry = new FlowRegistry(
        [
            new SubscribeFlow(new SubscribeDialog(catalog, subscriptions, time, menu)),
            new GuideFlow(new GuideDialog(catalog, menu, time), catalog, time),
            new LessonFlow(new LessonDialog(catalog, menu, lessons ?? new RecordingLessonLog(), time), catalog),
            new HandoffFlow(new HandoffDialog(desk, menu)),
        ]);
        return new RootDialog(faq, desk, subscriptions, registry, menu);
    }
}

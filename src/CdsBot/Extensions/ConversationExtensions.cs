using CdsBot.Channels.WebChat;
using CdsBot.Content;
using CdsBot.Contests;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Dialogs.Flows.Privacy;
using CdsBot.Dialogs.Flows.Guides;
using CdsBot.Dialogs.Flows.Lessons;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.State;
using CdsBot.Handoffs;
using CdsBot.Lessons;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using Microsoft.Extensions.Options;

namespace CdsBot.Extensions;

internal static class ConversationExtensions
{
    /// <summary>The conversation core: content, retrieval, dialogs and the turn runner, all singletons (dialogs are stateless).</summary>
    public static void AddConversation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.Configure<ContentOptions>(builder.Configuration.GetSection("Content"));
        services.Configure<RetrievalOptions>(builder.Configuration.GetSection("Retrieval"));

        services.AddSingleton<ContentCatalog>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<IQuestionLog, EfQuestionLog>();
        services.AddHostedService<ContentRefreshWorker>();
        services.AddHostedService<ContentRevisionWatcher>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetrievalOptions>>().Value);
        services.AddSingleton<FaqResponder>();
        services.AddSingleton<IHandoffDesk, EfHandoffDesk>();
        services.AddSingleton<ISubscriptionStore, EfSubscriptionStore>();
        // The menu reads the flows' entries when shown: the flows' own dialogs show it too.
        services.AddSingleton(sp => new MainMenu(sp.GetRequiredService<ContentCatalog>(), () => sp.GetRequiredService<FlowRegistry>().MenuEntries));
        services.AddSingleton(sp => new FlowRegistry(sp.GetServices<IFlow>()));
        services.AddSingleton<RootDialog>();

        // The flows, in the order they are matched: one registration line each.
        services.AddFlow<SubscribeFlow, SubscribeDialog>();
        services.AddFlow<GuideFlow, GuideDialog>(sp => new GuideFlow(sp.GetRequiredService<GuideDialog>(), sp.GetRequiredService<ContentCatalog>(), sp.GetRequiredService<TimeProvider>())
        {
            ResumeWithin = TimeSpan.FromDays(builder.Configuration.GetValue("Guides:ResumeDays", 30)),
        });
        services.AddSingleton<ILessonLog, EfLessonLog>();
        services.AddSingleton<ContestEngine>();
        services.AddSingleton<IContestDesk>(sp => sp.GetRequiredService<ContestEngine>());
        services.AddFlow<ContestFlow, ContestDialog>();
        services.AddFlow<LessonFlow, LessonDialog>();
        services.AddFlow<PrivacyFlow, PrivacyDialog>();
        // Only the web page asks for a phone number: on Zalo and Messenger staff reply in the thread whenever they like.
        services.AddFlow<HandoffFlow, HandoffDialog>(dialog: sp => new HandoffDialog(sp.GetRequiredService<IHandoffDesk>(), sp.GetRequiredService<MainMenu>())
        {
            PhoneChannels = new HashSet<string> { WebChatApi.Channel },
        });

        services.AddSingleton<IStateStore, EfStateStore>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton(sp => new TurnRunner(
            sp.GetRequiredService<RootDialog>(),
            sp.GetRequiredService<IStateStore>(),
            sp.GetRequiredService<ConversationGate>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnRunner>>()));
    }

    /// <summary>Registers a flow and its dialog (as singletons); the root routes to every registered <see cref="IFlow"/>.</summary>
    private static void AddFlow<TFlow, TDialog>(this IServiceCollection services, Func<IServiceProvider, TFlow>? flow = null, Func<IServiceProvider, TDialog>? dialog = null)
        where TFlow : class, IFlow
        where TDialog : class
    {
        if (dialog is null)
        {
            services.AddSingleton<TDialog>();
        }
        else
        {
            services.AddSingleton(dialog);
        }

        if (flow is null)
        {
            services.AddSingleton<TFlow>();
        }
        else
        {
            services.AddSingleton(flow);
        }

        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<TFlow>());
    }
}

using CdsBot.Channels.WebChat;
using CdsBot.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.State;
using CdsBot.Handoffs;
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
        services.Configure<WebChatOptions>(builder.Configuration.GetSection("WebChat"));

        services.AddSingleton<ContentCatalog>();
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<IQuestionLog, EfQuestionLog>();
        services.AddHostedService<ContentRefreshWorker>();
        services.AddHostedService<ContentRevisionWatcher>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetrievalOptions>>().Value);
        services.AddSingleton<FaqResponder>();
        services.AddSingleton<IHandoffDesk, EfHandoffDesk>();
        // Only the web page asks for a phone number: on Zalo and Messenger staff reply in the thread whenever they like.
        services.AddSingleton(sp => new HandoffDialog(sp.GetRequiredService<IHandoffDesk>(), sp.GetRequiredService<ContentCatalog>())
        {
            PhoneChannels = new HashSet<string> { WebChatApi.Channel },
        });
        services.AddSingleton<ISubscriptionStore, EfSubscriptionStore>();
        services.AddSingleton<SubscribeDialog>();
        services.AddSingleton<RootDialog>();

        services.AddSingleton<IStateStore, EfStateStore>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton(sp => new TurnRunner(
            sp.GetRequiredService<RootDialog>(),
            sp.GetRequiredService<IStateStore>(),
            sp.GetRequiredService<ConversationGate>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnRunner>>()));
    }
}

using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.WebChat;
using CdsBot.Channels.Zalo;

namespace CdsBot.Extensions;

internal static class BroadcastExtensions
{
    /// <summary>Campaigns: the ledger's worker, each channel's lanes, receipts and tracked links.</summary>
    public static void AddBroadcasts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<BroadcastOptions>(builder.Configuration.GetSection("Broadcasts"));
        services.AddSingleton<LaneQuotas>();
        services.AddSingleton<ChannelThrottle>();
        services.AddSingleton<AudienceBuilder>();
        services.AddSingleton<CampaignDispatcher>();
        services.AddSingleton<DeliveryReceipts>();
        services.AddSingleton<ZaloSender>();
        services.AddSingleton<MessengerSender>();
        services.AddSingleton<IBroadcastChannel, ZaloBroadcaster>();
        services.AddSingleton<IBroadcastChannel, MessengerBroadcaster>();
        services.AddSingleton<IBroadcastChannel, WebChatBroadcaster>();
        services.AddSingleton<BroadcastWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastWorker>());
    }

    public static void MapBroadcasts(this WebApplication app) => app.MapClickTracking();
}

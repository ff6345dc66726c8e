using CdsBot.Broadcasts;

namespace CdsBot.Extensions;

internal static class BroadcastExtensions
{
    /// <summary>Campaigns: the ledger's worker, receipts and tracked links.</summary>
    public static void AddBroadcasts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<BroadcastOptions>(builder.Configuration.GetSection("Broadcasts"));
        services.AddSingleton<LaneQuotas>();
        services.AddSingleton<ChannelThrottle>();
        services.AddSingleton<AudienceBuilder>();
        services.AddSingleton<CampaignDispatcher>();
        services.AddSingleton<DeliveryReceipts>();
        services.AddSingleton<BroadcastWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastWorker>());
    }

    public static void MapBroadcasts(this WebApplication app) => app.MapClickTracking();
}

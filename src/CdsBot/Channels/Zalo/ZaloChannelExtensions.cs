using CdsBot.Broadcasts;
using CdsBot.Inbox;

namespace CdsBot.Channels.Zalo;

/// <summary>The Zalo channel's registration and endpoints, so the host lists channels instead of their parts.</summary>
public static class ZaloChannelExtensions
{
    public static WebApplicationBuilder AddZaloChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ZaloOptions>(builder.Configuration.GetSection("Zalo"));
        services.AddHttpClient<ZaloApiClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ZaloAccounts>();
        services.AddSingleton<ZaloUsers>();
        services.AddSingleton<ZaloTokenManager>();
        services.AddSingleton<ZaloSender>();
        services.AddSingleton<IOutboundChannel>(sp => sp.GetRequiredService<ZaloSender>());
        services.AddSingleton<IInboundChannel, ZaloInbound>();
        services.AddSingleton<IBroadcastChannel, ZaloBroadcaster>();
        return builder;
    }

    public static IEndpointRouteBuilder MapZaloChannel(this IEndpointRouteBuilder app) => app.MapZaloWebhook();
}

using CdsBot.Channels.Messenger;
using CdsBot.Channels.WebChat;
using CdsBot.Channels.Zalo;
using CdsBot.Inbox;

namespace CdsBot.Extensions;

internal static class ChannelExtensions
{
    /// <summary>The durable inbox shared by every channel, and the channels that plug into it.</summary>
    public static void AddChannels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<InboxOptions>(builder.Configuration.GetSection("Inbox"));
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<OutboundRelay>();
        services.AddHostedService<InboxProcessor>();

        services.Configure<ZaloOptions>(builder.Configuration.GetSection("Zalo"));
        services.AddHttpClient<ZaloApiClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ZaloUsers>();
        services.AddSingleton<ZaloTokenManager>();
        services.AddSingleton<IOutboundChannel>(sp => sp.GetRequiredService<ZaloSender>());
        services.AddSingleton<IInboundChannel, ZaloInbound>();

        services.AddSingleton<WebChatStreams>();
        services.AddSingleton<WebChatTurns>();
        services.AddSingleton<WebChatHistory>();
        services.AddSingleton<IOutboundChannel, WebChatSender>();
        services.AddSingleton<IInboundChannel, WebChatInbound>();

        services.Configure<MessengerOptions>(builder.Configuration.GetSection("Messenger"));
        services.AddHttpClient<MessengerApiClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<MessengerUsers>();
        services.AddSingleton<IOutboundChannel>(sp => sp.GetRequiredService<MessengerSender>());
        services.AddSingleton<IInboundChannel, MessengerInbound>();
    }

    public static void MapChannels(this WebApplication app)
    {
        app.MapZaloWebhook();
        app.MapMessengerWebhook();
    }
}

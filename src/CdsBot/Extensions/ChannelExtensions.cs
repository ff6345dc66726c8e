using CdsBot.Channels.Messenger;
using CdsBot.Channels.WebChat;
using CdsBot.Channels.Zalo;
using CdsBot.Inbox;

namespace CdsBot.Extensions;

internal static class ChannelExtensions
{
    /// <summary>The durable inbox shared by every channel, and the channels that plug into it (each registers itself).</summary>
    public static void AddChannels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<InboxOptions>(builder.Configuration.GetSection("Inbox"));
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<OutboundRelay>();
        services.AddHostedService<InboxProcessor>();

        // The order is the order campaigns list the channels in.
        builder.AddZaloChannel();
        builder.AddMessengerChannel();
        builder.AddWebChatChannel();
    }

    public static void MapChannels(this WebApplication app)
    {
        app.MapWebChatChannel();
        app.MapZaloChannel();
        app.MapMessengerChannel();
    }
}

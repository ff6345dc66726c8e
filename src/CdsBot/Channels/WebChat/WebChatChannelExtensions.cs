using CdsBot.Broadcasts;
using CdsBot.Inbox;

namespace CdsBot.Channels.WebChat;

/// <summary>The web chat channel's registration and endpoints, so the host lists channels instead of their parts.</summary>
public static class WebChatChannelExtensions
{
    public static WebApplicationBuilder AddWebChatChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<WebChatOptions>(builder.Configuration.GetSection("WebChat"));
        services.AddSingleton<WebChatStreams>();
        services.AddSingleton<WebChatTurns>();
        services.AddSingleton<WebChatHistory>();
        services.AddSingleton<IOutboundChannel, WebChatSender>();
        services.AddSingleton<IInboundChannel, WebChatInbound>();
        services.AddSingleton<IBroadcastChannel, WebChatBroadcaster>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebChatChannel(this IEndpointRouteBuilder app) => app.MapWebChatApi();
}

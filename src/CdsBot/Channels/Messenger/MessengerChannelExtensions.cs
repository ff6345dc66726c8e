using CdsBot.Broadcasts;
using CdsBot.Inbox;

namespace CdsBot.Channels.Messenger;

/// <summary>The Messenger channel's registration and endpoints, so the host lists channels instead of their parts.</summary>
public static class MessengerChannelExtensions
{
    public static WebApplicationBuilder AddMessengerChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MessengerOptions>(builder.Configuration.GetSection("Messenger"));
        services.AddHttpClient<MessengerApiClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<MessengerPages>();
        services.AddSingleton<MessengerUsers>();
        services.AddSingleton<MessengerSender>();
        services.AddSingleton<IOutboundChannel>(sp => sp.GetRequiredService<MessengerSender>());
        services.AddSingleton<IInboundChannel, MessengerInbound>();
        services.AddSingleton<IBroadcastChannel, MessengerBroadcaster>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMessengerChannel(this IEndpointRouteBuilder app) => app.MapMessengerWebhook();
}

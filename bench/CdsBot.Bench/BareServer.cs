using System.Net;

namespace CdsBot.Bench;

/// <summary>The baseline: an ASP.NET Core endpoint that only answers 200, run as its own process like the host.</summary>
internal static class BareServer
{
    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/webhooks/zalo", () => Results.Ok());
        app.MapGet("/healthz", () => "Healthy");
        await app.RunAsync();
    }
}

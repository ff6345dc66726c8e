using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Fixtures;

/// <summary>A province portal on a port of its own: one plain HTML page carrying the widget's one-line snippet.</summary>
public sealed class PortalStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    public PortalStandIn(Uri bot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        var snippet = $"""<script src="{new Uri(bot, "/widget.js")}" data-title="Hỏi trợ lý CĐS" async></script>""";
        _app.MapGet("/", () => Results.Content(
            $"""
             <!doctype html>
             <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
             <title>Cổng thông tin điện tử tỉnh</title></head>
             <body style="font-family: serif; margin: 24px">
             <h1>Cổng thông tin điện tử tỉnh</h1>
             <p>Tin tức, thủ tục hành chính và các dịch vụ công trực tuyến của tỉnh.</p>
             {snippet}
             </body></html>
             """,
            "text/html; charset=utf-8"));
        _app.StartAsync().GetAwaiter().GetResult();
        Address = new Uri(_app.Urls.First());
    }

    public Uri Address { get; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

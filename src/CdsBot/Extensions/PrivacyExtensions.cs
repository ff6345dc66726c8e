using System.Text.Encodings.Web;
using System.Text.Unicode;
using CdsBot.Dialogs.Flows.Privacy;
using CdsBot.Privacy;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CdsBot.Extensions;

/// <summary>Citizens' data rights: what is kept and erasing it (in chat and for staff), the retention sweep, masked logs, the privacy notice page.</summary>
internal static class PrivacyExtensions
{
    public static void AddPrivacy(this WebApplicationBuilder builder)
    {
        // Console logs go through one formatter that masks personal numbers in messages and exceptions.
        builder.Logging.AddConsole(options => options.FormatterName = MaskedConsoleFormatter.FormatterName)
            .AddConsoleFormatter<MaskedConsoleFormatter, ConsoleFormatterOptions>();
        var services = builder.Services;
        services.Configure<PrivacyOptions>(builder.Configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.Policy);
        services.AddSingleton<CitizenErasure>();
        services.AddSingleton<ICitizenData, EfCitizenData>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<ErasureWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ErasureWorker>());
        services.AddHostedService<RetentionWorker>();
    }

    /// <summary>GET /privacy: the notice the chat gives, as a page anyone can read before writing.</summary>
    public static void MapPrivacyNotice(this WebApplication app) =>
        app.MapGet("/privacy", (PrivacyDialog dialog) =>
        {
            var encoder = HtmlEncoder.Create(UnicodeRanges.All);
            var paragraphs = dialog.Notice.Split("\n\n").Select(p => $"<p>{encoder.Encode(p)}</p>");
            var html = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
                       "<title>Quyền riêng tư</title><link rel=\"stylesheet\" href=\"/chat.css\"></head><body class=\"notice\"><main>" +
                       string.Concat(paragraphs) + "<p><a href=\"/\">Quay lại trò chuyện</a></p></main></body></html>";
            return Results.Content(html, "text/html; charset=utf-8");
        }).ExcludeFromDescription();
}

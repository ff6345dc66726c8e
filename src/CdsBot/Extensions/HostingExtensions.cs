using CdsBot.Admin;
using CdsBot.Admin.Auth;
using CdsBot.Channels;
using CdsBot.Content;
using CdsBot.Observability;

namespace CdsBot.Extensions;

/// <summary>The host's table of contents: what it registers, how it starts, what it serves.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddCdsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = VietnameseProblemTitles.Apply);
        builder.Services.AddOpenApi();
        builder.AddProxy();
        builder.AddStorage();
        builder.AddTelemetry();
        builder.AddConversation();
        builder.AddRephrasing();
        builder.AddDocuments();
        builder.AddChannels();
        builder.AddBroadcasts();
        builder.AddAdmin();
        builder.AddPrivacy();
        builder.AddInsights();
        return builder;
    }

    /// <summary>Migrates the database and loads the content before the first request is served.</summary>
    public static async Task InitializeAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync();
        await app.Services.GetRequiredService<ContentLoader>().LoadAsync(CancellationToken.None);
        app.WarnOfUnknownScopes();
        await app.EnsureInitialAdminAsync();
    }

    public static WebApplication MapCdsBot(this WebApplication app)
    {
        app.UseProxy();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapTelemetry();
        app.MapChannels();
        app.MapBroadcasts();
        app.MapAdmin();
        app.MapPrivacyNotice();
        return app;
    }
}

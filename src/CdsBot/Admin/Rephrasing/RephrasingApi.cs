using CdsBot.Rephrasing;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Rephrasing;

/// <summary>Whether answers are rephrased, and how often the curated text went out instead and why.</summary>
public static class RephrasingApi
{
    public static RouteGroupBuilder MapRephrasingApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/rephrasing", (IOptions<LlmOptions> options, RephraseStats stats) => new
        {
            enabled = options.Value.Enabled && options.Value.IsConfigured,
            provider = options.Value.Provider,
            deployment = options.Value.Deployment,
            since = "this instance's start",
            stats = stats.Snapshot(),
        }).WithTags("Rephrasing").WithSummary("Rephrasing on or off, with rephrased and fallback counts by reason since this instance started");
        return admin;
    }
}

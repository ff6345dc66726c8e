using CdsBot.Rephrasing;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Rephrasing;

/// <summary>Whether answers are rephrased, and how often the curated text went out instead and why.</summary>
public static class RephrasingApi
{
    public static RouteGroupBuilder MapRephrasingApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/rephrasing", async (IOptions<LlmOptions> options, RephraseStats stats, CancellationToken cancellationToken) => new
        {
            enabled = options.Value.Enabled && options.Value.IsConfigured,
            provider = options.Value.Provider,
            deployment = options.Value.Deployment,
            since = "the database's creation, over every instance (another instance's last few seconds may be missing)",
            stats = await stats.SnapshotAsync(cancellationToken),
        }).WithTags("Rephrasing").WithSummary("Rephrasing on or off, with rephrased and fallback counts by reason, over every instance");
        return admin;
    }
}

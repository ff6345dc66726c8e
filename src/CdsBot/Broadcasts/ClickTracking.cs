using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>GET /r/{token}: counts the recipient's click on a campaign link and redirects to the link.</summary>
public static class ClickTracking
{
    public static void MapClickTracking(this WebApplication app) =>
        app.MapGet("/r/{token}", RedirectAsync).WithTags("Broadcasts").WithSummary("A campaign's tracked link").ExcludeFromDescription();

    public static async Task<IResult> RedirectAsync(string token, IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (token.Length > 32)
        {
            return TypedResults.NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var target = await db.Deliveries.AsNoTracking().Where(d => d.ClickToken == token)
            .Join(db.Campaigns, d => d.CampaignId, c => c.Id, (d, c) => new { d.Id, c.LinkUrl })
            .SingleOrDefaultAsync(cancellationToken);
        if (target?.LinkUrl is not { } url)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        await db.Deliveries.Where(d => d.Id == target.Id)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Clicks, x => x.Clicks + 1).SetProperty(x => x.ClickedAt, x => x.ClickedAt ?? now), cancellationToken);
        return TypedResults.Redirect(url);
    }
}

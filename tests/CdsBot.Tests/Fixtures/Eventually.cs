using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>Waits for background work (the inbox worker) to reach a state, within a bound.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, int timeoutMilliseconds = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutMilliseconds} ms waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits for <paramref name="condition"/>, asked again every 50 ms, to hold; fails naming <paramref name="what"/> after the timeout.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int timeoutMilliseconds = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutMilliseconds} ms waiting for: {what}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Waits until the host's pipeline has nothing left to do: no inbox event pending (every event stored is run and
    /// committed, or given up) and no outbox message pending or being sent. From then on nothing more will be sent, so
    /// a stand-in's count is final: this is how a test proves that something (a second reply) did not happen.
    /// </summary>
    public static Task DrainedAsync(IServiceProvider services, int timeoutMilliseconds = 30_000) =>
        HoldsAsync(
            async () =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
                return !await db.InboxEvents.AnyAsync(e => e.Status == InboxStatus.Pending)
                    && !await db.OutboundMessages.AnyAsync(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Sending);
            },
            "the inbox and the outbox are drained",
            timeoutMilliseconds);
}

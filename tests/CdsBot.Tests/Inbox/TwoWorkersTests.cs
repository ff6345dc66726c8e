using CdsBot.Dialogs.State;
using CdsBot.Inbox;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// Two inbox workers, each in a host of its own, draining one database's inbox at the same moment: an event is claimed
/// by one worker only, every reply goes out once, and on PostgreSQL a worker skips the rows the other is claiming.
/// </summary>
public sealed class TwoWorkersTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_workers_draining_one_inbox_at_once_never_claim_the_same_event(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var first = InboxHost.Start(database);
        await using var second = InboxHost.Start(database);
        var ids = new List<long>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var user in Enumerable.Range(1, 20))
            {
                ids.Add(await first.ReceiveTextAsync($"u-{user:D2}", round == 0 ? "menu" : $"câu hỏi {round}"));
            }
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Task.WhenAll(DrainAsync(first, deadline.Token), DrainAsync(second, deadline.Token));
        while (await first.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Sending, deadline.Token)))
        {
            // A reply held back while the other worker sent the conversation's earlier one goes at the next relay round.
            await Task.WhenAll(first.Relay.RelayAsync(null, deadline.Token), second.Relay.RelayAsync(null, deadline.Token));
        }

        var events = await first.QueryAsync(db => db.InboxEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync());
        Assert.All(events, e => Assert.Equal(InboxStatus.Done, e.Status));
        Assert.All(events, e => Assert.Equal(1, e.Attempts));
        Assert.Equal(2, events.Select(e => e.LeaseOwner).Distinct().Count());
        var sent = first.Channel.DeliveredReferences.Concat(second.Channel.DeliveredReferences).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Equal(await first.QueryAsync(db => db.OutboundMessages.CountAsync(m => ids.Contains(m.InboxEventId))), sent.Count);
    }

    /// <summary>Runs the worker's rounds back to back until no event is pending, as the host's loop would without waiting.</summary>
    private static async Task DrainAsync(InboxHost host, CancellationToken cancellationToken)
    {
        while (await host.QueryAsync(db => db.InboxEvents.AnyAsync(e => e.Status == InboxStatus.Pending, cancellationToken)))
        {
            await host.Processor.ProcessPendingAsync(cancellationToken);
        }
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_turn_whose_event_another_worker_finished_with_its_reply_meanwhile_is_dropped_quietly(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var inbox = InboxHost.Start(database, services: services =>
        {
            services.RemoveAll<IStateStore>();
            services.AddSingleton<IStateStore>(provider => new FinishedByAnotherWorker(provider.GetRequiredService<IDbContextFactory<CdsBotDbContext>>()));
        });
        var id = await inbox.ReceiveTextAsync("citizen-1", "menu");

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        var stored = await inbox.QueryAsync(db => db.InboxEvents.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal((InboxStatus.Done, null), (stored.Status, stored.Error));
        Assert.Equal(["{}"], await inbox.QueryAsync(db => db.OutboundMessages.Where(m => m.InboxEventId == id).Select(m => m.Body).ToListAsync()));
    }

    /// <summary>
    /// Reads state as the host does, while another worker (which took the event over after the lease ran out) finishes
    /// every pending event with its own reply: this worker's turn then commits an event already done.
    /// </summary>
    private sealed class FinishedByAnotherWorker(IDbContextFactory<CdsBotDbContext> contexts) : IStateStore
    {
        private readonly EfStateStore _store = new(contexts, TimeProvider.System);

        public async Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var entries = await _store.ReadAsync(keys, cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var pending in await db.InboxEvents.Where(e => e.Status == InboxStatus.Pending).ToListAsync(cancellationToken))
            {
                pending.Status = InboxStatus.Done;
                db.OutboundMessages.Add(new OutboundMessageRecord
                {
                    InboxEventId = pending.Id, Sequence = 0, Channel = pending.Channel, RecipientId = pending.ConversationId,
                    Body = "{}", Status = InboxStatus.Sent, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            return entries;
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken) =>
            _store.WriteAsync(writes, cancellationToken);
    }
}

using System.Data.Common;
using CdsBot.Inbox;
using CdsBot.Observability;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// Webhook requests arriving together are stored by one insert statement, each told whether its own event was new,
/// and only once the batch is committed.
/// </summary>
public sealed class InboxWriterTests
{
    [Fact]
    public async Task Events_arriving_while_a_batch_commits_are_stored_by_one_statement_and_a_redelivery_among_them_is_told_so()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var inserts = new InsertCounter();
        var groupCommit = database.GroupCommit(inserts);
        using var signal = new InboxSignal();
        var writer = new InboxWriter(groupCommit, signal, database.Metrics, database.Time);
        var (held, release) = await HoldABatchAsync(groupCommit);

        var requests = Enumerable.Range(0, 5).Select(i => writer.TryEnqueueAsync("zalo", $"msg-{i}", $"citizen-{i}", "{}", CancellationToken.None)).ToList();
        requests.Add(writer.TryEnqueueAsync("zalo", "msg-0", "citizen-0", "{}", CancellationToken.None));
        Assert.All(requests, request => Assert.False(request.IsCompleted));
        release.SetResult();
        await held;
        var stored = await Task.WhenAll(requests);

        Assert.Equal([true, true, true, true, true, false], stored);
        Assert.Equal(1, inserts.Count);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(["msg-0", "msg-1", "msg-2", "msg-3", "msg-4"], await db.InboxEvents.OrderBy(e => e.Id).Select(e => e.ChannelMessageId).ToListAsync());
    }

    [Fact]
    public async Task An_event_stored_before_is_told_so_and_the_next_requests_are_stored_in_a_statement_of_their_own()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var inserts = new InsertCounter();
        using var signal = new InboxSignal();
        var writer = new InboxWriter(database.GroupCommit(inserts), signal, database.Metrics, database.Time);

        Assert.True(await writer.TryEnqueueAsync("zalo", "msg-1", "citizen-1", "{}", CancellationToken.None));
        Assert.False(await writer.TryEnqueueAsync("zalo", "msg-1", "citizen-1", "{}", CancellationToken.None));
        Assert.True(await writer.TryEnqueueAsync("messenger", "msg-1", "citizen-1", "{}", CancellationToken.None));

        Assert.Equal(3, inserts.Count);
    }

    [Fact]
    public async Task A_request_whose_batch_could_not_begin_fails_and_the_next_request_is_stored()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        using var signal = new InboxSignal();
        var writer = new InboxWriter(database.GroupCommit(new FirstTransactionFails()), signal, database.Metrics, database.Time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.TryEnqueueAsync("zalo", "msg-1", "citizen-1", "{}", CancellationToken.None));

        Assert.True(await writer.TryEnqueueAsync("zalo", "msg-1", "citizen-1", "{}", CancellationToken.None));
    }

    /// <summary>The database cannot begin the first transaction asked of it (as when it has gone away for a moment).</summary>
    private sealed class FirstTransactionFails : DbTransactionInterceptor
    {
        private int _started;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _started) == 1
                ? throw new InvalidOperationException("the database is not reachable")
                : ValueTask.FromResult(result);
    }

    [Theory]
    [OnPostgres]
    public async Task An_event_the_database_refuses_fails_alone_and_the_events_stored_with_it_are_stored(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var migration = database.Storage.CreateMigrationContext())
        {
            await migration.Database.MigrateAsync();
        }

        await using var services = new ServiceCollection()
            .AddDbContextFactory<CdsBotDbContext>(options => database.Storage.Configure(options))
            .AddMetrics().AddSingleton(TimeProvider.System).AddSingleton<InboxBacklog>().AddSingleton<CdsBotMetrics>()
            .BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        var groupCommit = new GroupCommit(contexts, services.GetRequiredService<CdsBotMetrics>(), TimeProvider.System);
        using var signal = new InboxSignal();
        var writer = new InboxWriter(groupCommit, signal, services.GetRequiredService<CdsBotMetrics>(), TimeProvider.System);
        var (held, release) = await HoldABatchAsync(groupCommit);

        // PostgreSQL keeps at most 200 characters of a channel's message id.
        var good = Enumerable.Range(0, 3).Select(i => writer.TryEnqueueAsync("zalo", $"msg-{i}", $"citizen-{i}", "{}", CancellationToken.None)).ToList();
        var refused = writer.TryEnqueueAsync("messenger", new string('x', 259), "citizen-9", "{}", CancellationToken.None);
        release.SetResult();
        await held;

        var stored = await Task.WhenAll(good);
        Assert.Equal([true, true, true], stored);
        await Assert.ThrowsAnyAsync<DbException>(() => refused);
        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(["msg-0", "msg-1", "msg-2"], await db.InboxEvents.OrderBy(e => e.Id).Select(e => e.ChannelMessageId).ToListAsync());
    }

    /// <summary>Starts a batch whose only unit waits for the returned source: requests made meanwhile are stored in the next one.</summary>
    private static async Task<(Task Held, TaskCompletionSource Release)> HoldABatchAsync(GroupCommit groupCommit)
    {
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var held = groupCommit.RunAsync(async (_, _) =>
        {
            holding.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await holding.Task;
        return (held, release);
    }

    /// <summary>Counts the statements inserting inbox events.</summary>
    private sealed class InsertCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO inbox_events", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }
}

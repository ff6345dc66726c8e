using CdsBot.Inbox;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Storage;

/// <summary>Units of work queued together share one transaction, each caller hears only after the commit, and a failing unit fails alone.</summary>
public sealed class GroupCommitTests
{
    private static long _events;

    private static OutboundMessageRecord Row(string recipient) => new()
    {
        InboxEventId = Interlocked.Increment(ref _events),
        Channel = "zalo",
        RecipientId = recipient,
        Body = "{}",
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Func<CdsBotDbContext, CancellationToken, Task<int>> Insert(string recipient) => async (db, ct) =>
    {
        db.OutboundMessages.Add(Row(recipient));
        return await db.SaveChangesAsync(ct);
    };

    private static async Task<string[]> RecipientsAsync(OutboxDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return [.. (await db.OutboundMessages.Select(m => m.RecipientId).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    /// <summary>Starts a batch whose only unit waits for the returned source: what is queued meanwhile goes in the next batch.</summary>
    private static async Task<(Task<int> Unit, TaskCompletionSource Release)> HoldABatchAsync(GroupCommit groupCommit, string? recipient = null)
    {
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var unit = groupCommit.RunAsync(async (db, ct) =>
        {
            holding.SetResult();
            await release.Task;
            return recipient is null ? 0 : await Insert(recipient)(db, ct);
        }, CancellationToken.None);
        await holding.Task;
        return (unit, release);
    }

    [Fact]
    public async Task Units_queued_while_a_batch_commits_are_stored_together_in_the_next_one()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var groupCommit = database.GroupCommit();
        var (first, release) = await HoldABatchAsync(groupCommit, "first");

        var queued = Enumerable.Range(0, 20).Select(i => groupCommit.RunAsync(Insert($"r{i:00}"), CancellationToken.None)).ToList();
        Assert.All(queued, unit => Assert.False(unit.IsCompleted));
        release.SetResult();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal(21, (await RecipientsAsync(database)).Length);
    }

    [Fact]
    public async Task A_caller_hears_that_its_unit_is_stored_only_after_the_batch_commits()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var groupCommit = database.GroupCommit();
        var (blocker, release) = await HoldABatchAsync(groupCommit);
        var early = groupCommit.RunAsync(Insert("early"), CancellationToken.None);
        var late = groupCommit.RunAsync(async (db, ct) =>
        {
            // Runs in the same batch as "early", after it: "early" has run but its batch is not committed.
            Assert.False(early.IsCompleted);
            return await Insert("late")(db, ct);
        }, CancellationToken.None);

        release.SetResult();
        await Task.WhenAll(blocker, early, late);

        Assert.Equal(["early", "late"], await RecipientsAsync(database));
    }

    [Fact]
    public async Task A_failing_unit_fails_alone_and_the_others_of_its_batch_are_stored()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var groupCommit = database.GroupCommit();
        var (blocker, release) = await HoldABatchAsync(groupCommit);
        var before = groupCommit.RunAsync(Insert("before"), CancellationToken.None);
        var failing = groupCommit.RunAsync(async (db, ct) =>
        {
            await Insert("failing")(db, ct);
            throw new InvalidOperationException("this unit cannot be stored");
        }, CancellationToken.None);
        var after = groupCommit.RunAsync(Insert("after"), CancellationToken.None);

        release.SetResult();
        await Task.WhenAll(blocker, before, after);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("this unit cannot be stored", refused.Message);
        Assert.Equal(["after", "before"], await RecipientsAsync(database));
    }

    [Fact]
    public async Task A_batch_sets_savepoints_only_when_a_unit_fails_and_the_batch_is_run_again()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var savepoints = new SavepointCounter();
        var groupCommit = database.GroupCommit(savepoints);

        var (blocker, release) = await HoldABatchAsync(groupCommit);
        var succeeding = Enumerable.Range(0, 3).Select(i => groupCommit.RunAsync(Insert($"ok{i}"), CancellationToken.None)).ToList();
        release.SetResult();
        await Task.WhenAll(succeeding.Append(blocker));
        Assert.Equal(0, savepoints.Created);

        (blocker, release) = await HoldABatchAsync(groupCommit);
        var stored = groupCommit.RunAsync(Insert("stored"), CancellationToken.None);
        var failing = groupCommit.RunAsync<int>((_, _) => throw new InvalidOperationException("refused"), CancellationToken.None);
        release.SetResult();
        await Task.WhenAll(blocker, stored);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        Assert.Equal(2, savepoints.Created);
        Assert.Equal(["ok0", "ok1", "ok2", "stored"], await RecipientsAsync(database));
    }

    private sealed class SavepointCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult> CreatingSavepointAsync(
            System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _created);
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Writes_from_many_callers_at_once_are_all_stored_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var groupCommit = database.GroupCommit();

        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await groupCommit.RunAsync(Insert($"c{i:000}"), ct));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"c{i:000}"), await RecipientsAsync(database));
    }
}

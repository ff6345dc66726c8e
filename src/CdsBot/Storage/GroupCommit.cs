using System.Threading.Channels;
using CdsBot.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CdsBot.Storage;

/// <summary>
/// Many small writes in one transaction. Callers hand over a unit of work and wait; one committer at a time takes every
/// unit queued so far, runs them in one transaction, commits once, and only then tells each caller its unit is stored.
/// While it commits, new units queue for the next batch, so the busier the service the larger the batches, and a lone unit
/// is committed at once (no timer). A unit that throws fails alone (its caller retries it as it would have retried its own
/// transaction) and the others commit: the batch is rolled back and run again with each unit in its own savepoint, rolled
/// back to it if it throws again (savepoints cost statements, so only a batch that needs them pays for them). If the commit
/// itself fails, every unit of the batch fails. Used for the inbox's small writes: webhooks storing events, the worker's claims
/// and turn commits, the relay's claims and outcomes; and on SQLite for a campaign message's ledger writes.
/// </summary>
public sealed class GroupCommit(IDbContextFactory<CdsBotDbContext> contexts, CdsBotMetrics metrics, TimeProvider time)
{
    /// <summary>Units per transaction at most, so one commit never grows without bound.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<IUnit> _queue = Channel.CreateUnbounded<IUnit>(new UnboundedChannelOptions { SingleReader = true });
    private int _committing;

    /// <summary>Runs <paramref name="work"/> in the next batch; completes after the batch's commit.</summary>
    /// <remarks>
    /// <paramref name="work"/> runs on a context shared with the batch's other units: it must finish its own changes
    /// (SaveChanges or a bulk statement) and not keep entities tracked for later. It may run twice (its batch rolled back and
    /// run again unit by unit), so it builds the entities it adds each time it runs: one kept from the first run would carry
    /// the key that run's insert was given, which another writer may take after the rollback. Cancelling the wait does not take the unit
    /// back once the committer has it; the work may still be stored, as a write already sent to the database may be.
    /// </remarks>
    public Task<T> RunAsync<T>(Func<CdsBotDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var unit = new Unit<T>(work, time.GetTimestamp());
        _queue.Writer.TryWrite(unit);
        if (Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            // The committer serves every caller: it must not carry this one's span, log scope or cancellation.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(DrainAsync, CancellationToken.None);
            }
        }

        return unit.Result.WaitAsync(cancellationToken);
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<CdsBotDbContext, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(async (db, ct) =>
        {
            await work(db, ct);
            return true;
        }, cancellationToken);

    private async Task DrainAsync()
    {
        var batch = new List<IUnit>(MaxBatch);
        while (true)
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }

            if (batch.Count == 0)
            {
                // Hand the committer role back, then look once more: a unit queued just before the hand-back would
                // otherwise wait for the next caller. A full fence (not a release write), so the look cannot be done
                // before the hand-back is seen by a caller queuing a unit.
                Interlocked.Exchange(ref _committing, 0);
                if (!_queue.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _committing, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<IUnit> batch)
    {
        var stored = new List<IUnit>(batch.Count);
        var started = time.GetTimestamp();
        foreach (var unit in batch)
        {
            metrics.GroupCommitWaited(time.GetElapsedTime(unit.Queued, started));
        }

        try
        {
            if (batch.Count > 1 && await TryAllAtOnceAsync(batch))
            {
                stored.AddRange(batch);
            }
            else
            {
                await RunEachInItsSavepointAsync(batch, stored);
            }
        }
        catch (Exception ex)
        {
            // Nothing of the batch is stored: the units that ran are told so, and so are those that never ran.
            foreach (var unit in batch)
            {
                unit.Fail(ex is UnitFailedException failed ? failed.InnerException! : ex);
            }

            return;
        }

        metrics.GroupCommitted(batch.Count, time.GetElapsedTime(started));
        foreach (var unit in stored)
        {
            unit.Complete();
        }
    }

    /// <summary>
    /// Runs every unit of <paramref name="batch"/> in one transaction with no savepoints (two statements, and on PostgreSQL two
    /// round trips, per unit saved) and commits it; false, with nothing stored and no unit told anything, when a unit throws:
    /// the batch is then run again unit by unit in savepoints, so the failing unit fails alone. A unit's work only writes
    /// through the context it is given and builds what it adds each time it runs (see <see cref="RunAsync{T}"/>), so running
    /// it again after the rollback is as running it once. A failing commit
    /// throws, as in the savepoint path.
    /// </summary>
    private async Task<bool> TryAllAtOnceAsync(List<IUnit> batch)
    {
        await using var db = await OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            foreach (var unit in batch)
            {
                await unit.RunAsync(db);
            }
        }
        catch (Exception)
        {
            await transaction.RollbackAsync();
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// Runs each unit of <paramref name="batch"/> in its own savepoint of one transaction (a lone unit in the transaction
    /// itself) and commits it; adds to <paramref name="stored"/> the units whose writes are part of it.
    /// </summary>
    private async Task RunEachInItsSavepointAsync(List<IUnit> batch, List<IUnit> stored)
    {
        await using var db = await OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            if (await RunOneAsync(db, transaction, batch[i], $"unit{i}", alone: batch.Count == 1))
            {
                stored.Add(batch[i]);
            }
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// A context for a batch. EF's own savepoint around each SaveChanges in a transaction is off: a unit that throws is
    /// rolled back by the batch (the whole transaction, or the unit's savepoint), so it would only cost two statements more.
    /// </summary>
    private async Task<CdsBotDbContext> OpenAsync()
    {
        var db = await contexts.CreateDbContextAsync();
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    /// <returns>Whether the unit's writes are part of the transaction; false when it failed and was rolled back.</returns>
    private static async Task<bool> RunOneAsync(CdsBotDbContext db, IDbContextTransaction transaction, IUnit unit, string savepoint, bool alone)
    {
        if (alone)
        {
            // The transaction is the unit's own: a failure rolls all of it back, with no savepoint needed.
            try
            {
                await unit.RunAsync(db);
                return true;
            }
            catch (Exception ex)
            {
                unit.Fail(ex);
                throw new UnitFailedException(ex);
            }
        }

        await transaction.CreateSavepointAsync(savepoint);
        try
        {
            await unit.RunAsync(db);
            await transaction.ReleaseSavepointAsync(savepoint);
            return true;
        }
        catch (Exception ex)
        {
            await transaction.RollbackToSavepointAsync(savepoint);
            await transaction.ReleaseSavepointAsync(savepoint);
            db.ChangeTracker.Clear();
            unit.Fail(ex);
            return false;
        }
    }

    /// <summary>The lone unit of a batch failed; it was told so, and the batch's transaction is rolled back.</summary>
    private sealed class UnitFailedException(Exception inner) : Exception("The batch's only unit failed.", inner);

    private interface IUnit
    {
        /// <summary>When it was handed over (a <see cref="TimeProvider"/> timestamp).</summary>
        long Queued { get; }

        Task RunAsync(CdsBotDbContext db);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class Unit<T>(Func<CdsBotDbContext, CancellationToken, Task<T>> work, long queued) : IUnit
    {
        public long Queued => queued;

        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _value = default!;

        public Task<T> Result => _result.Task;

        public async Task RunAsync(CdsBotDbContext db)
        {
            _value = await work(db, CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        public void Complete() => _result.TrySetResult(_value);

        public void Fail(Exception exception) => _result.TrySetException(exception);
    }
}

using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Storage;

/// <summary>Instances started together each migrate the same new database at start (README, "Several instances on PostgreSQL").</summary>
public sealed class DatabaseMigratorTests
{
    private const int Instances = 4;

    [Theory]
    [OnPostgres]
    public async Task Instances_migrating_a_new_database_at_once_all_succeed_and_leave_the_whole_schema(string provider)
    {
        using var database = TestDatabase.Create(provider);

        // Each on a thread of its own, released together, as separate processes would start.
        using var start = new ManualResetEventSlim();
        var instances = Enumerable.Range(0, Instances).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            await DatabaseMigrator.MigrateAsync(database.Storage, CancellationToken.None);
        })).ToList();
        start.Set();
        var failures = new List<Exception>();
        foreach (var instance in instances)
        {
            try
            {
                await instance;
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Instances} instances failed to migrate: {string.Join(" | ", failures.Select(f => f.Message))}");
        await using var db = database.Storage.CreateMigrationContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

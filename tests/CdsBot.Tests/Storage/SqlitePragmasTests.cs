using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Storage;

/// <summary>The per-connection settings hold on every use of a pooled connection, though they are set once per native connection.</summary>
public sealed class SqlitePragmasTests
{
    [Fact]
    public async Task A_connection_the_pool_hands_out_again_keeps_its_busy_timeout_and_synchronous_setting()
    {
        using var host = new BotHost();
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        var seen = new List<(long BusyTimeout, long Synchronous)>();
        for (var use = 0; use < 3; use++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            var busyTimeout = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA synchronous";
            seen.Add((busyTimeout, (long)(await command.ExecuteScalarAsync())!));
        }

        Assert.Equal([(10000L, 1L), (10000L, 1L), (10000L, 1L)], seen);
    }
}

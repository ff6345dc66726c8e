using Npgsql;

namespace CdsBot.Bench.Scaleout;

/// <summary>
/// A fresh database on the PostgreSQL server named by CDSBOT_BENCH_POSTGRES (default: the local server, role cdsbot),
/// and the bench's read-only looks at the inbox and outbox tables the hosts share.
/// </summary>
internal sealed class ScaleoutDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CDSBOT_BENCH_POSTGRES";
    private const string LocalServer = "Host=localhost;Username=cdsbot;Password=cdsbot;Database=postgres";

    private readonly NpgsqlDataSource _source;

    private ScaleoutDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        _source = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ScaleoutDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } named ? named : LocalServer;
        var name = $"cdsbot_scaleout_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..6]}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new ScaleoutDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>What is still owed: inbox events not finished, replies not settled; and the replies in doubt so far.</summary>
    public async Task<PipelineProgress> ProgressAsync()
    {
        await using var command = _source.CreateCommand("""
            SELECT (SELECT count(*) FROM inbox_events),
                   (SELECT count(*) FROM inbox_events WHERE "Status" = 'pending'),
                   (SELECT count(*) FROM outbound_messages WHERE "Status" IN ('pending', 'sending')),
                   (SELECT count(*) FROM outbound_messages WHERE "Status" = 'unknown')
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new PipelineProgress((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
    }

    /// <summary>Every stored event: keyed by (channel, channel message id).</summary>
    public async Task<Dictionary<(string Channel, string MessageId), StoredEvent>> EventsAsync()
    {
        var events = new Dictionary<(string, string), StoredEvent>();
        await using var command = _source.CreateCommand("""SELECT "Id", "Channel", "ChannelMessageId", "Status", "Attempts", "LeaseOwner" FROM inbox_events""");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var stored = new StoredEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            events[(stored.Channel, stored.MessageId)] = stored;
        }

        return events;
    }

    /// <summary>Every outbound row, in id order (per recipient, the order the relay sends them).</summary>
    public async Task<List<StoredReply>> RepliesAsync()
    {
        var replies = new List<StoredReply>();
        await using var command = _source.CreateCommand("""
            SELECT "Id", "InboxEventId", "Channel", "RecipientId", "Status", "PartsSent", "PlatformMessageId", "NextAttemptMs" FROM outbound_messages ORDER BY "Id"
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            replies.Add(new StoredReply(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt64(7)));
        }

        return replies;
    }

    /// <summary>Drops the database (after a passing run; a failing run's is kept to look at).</summary>
    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _source.DisposeAsync();
}

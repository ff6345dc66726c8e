using CdsBot.Storage;
using Npgsql;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// The database a test's hosts share: a SQLite file, or a database of its own, created for it and dropped after it, on the
/// PostgreSQL server that <see cref="PostgresVariable"/> names (a connection string whose role may create databases;
/// <c>.ci/run</c> starts the server and sets it). A string converts to the SQLite file at that path, which the caller
/// keeps and deletes.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "CDSBOT_TEST_POSTGRES";

    private readonly bool _owned;
    private readonly string? _server;

    private TestDatabase(string provider, string connectionString, string? path, string? server, bool owned)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Path = path;
        _server = server;
        _owned = owned;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>The configuration a host on this database is given.</summary>
    public StorageOptions Storage => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>
    /// Why the PostgreSQL cases are skipped here, or null when they run: they run wherever the server is named, and
    /// under CI (the CI variable set) they run anyway, so a CI that lost its server fails instead of passing quietly.
    /// </summary>
    public static string? PostgresSkipReason =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            ? null
            : $"{PostgresVariable} is not set, so there is no PostgreSQL server to test on (.ci/run starts one and sets it, e.g. Host=localhost;Username=cdsbot;Password=cdsbot;Database=postgres).";

    /// <summary>A new SQLite file, deleted with this.</summary>
    public static TestDatabase Sqlite()
    {
        var path = BotHost.NewDatabasePath();
        return new TestDatabase(StorageProvider.Sqlite, $"Data Source={path}", path, null, owned: true);
    }

    /// <summary>A new, empty database on the shared PostgreSQL server.</summary>
    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } named
            ? named
            : throw new InvalidOperationException($"CI is set but {PostgresVariable} is not: the PostgreSQL tests need the server .ci/run starts.");
        var name = $"cdsbot_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            // Commits need not wait for the disk: no test pulls the plug on the server, and a test's pace (two instances
            // racing for a campaign's rows) then depends on the bot, not on the machine's fsync.
            create.CommandText = $"CREATE DATABASE {name}; ALTER DATABASE {name} SET synchronous_commit = off";
            create.ExecuteNonQuery();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(StorageProvider.Postgres, connectionString, null, server, owned: true);
    }

    /// <summary>A new database of <paramref name="provider"/> (<see cref="StorageProvider"/>).</summary>
    public static TestDatabase Create(string provider) => provider == StorageProvider.Postgres ? Postgres() : Sqlite();

    /// <summary>The SQLite file at <paramref name="path"/>, left for the caller to delete.</summary>
    public static TestDatabase FromPath(string path) => new(StorageProvider.Sqlite, $"Data Source={path}", path, null, owned: false);

    public static implicit operator TestDatabase(string path) => FromPath(path);

    public void Dispose()
    {
        if (!_owned)
        {
            return;
        }

        if (Path is not null)
        {
            BotHost.DeleteDatabase(Path);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(ConnectionString).Database} WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}

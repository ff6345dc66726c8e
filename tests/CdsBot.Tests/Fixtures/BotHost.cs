using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// The real host on Kestrel at a free loopback port, with its own SQLite file unless given a database. Two hosts given the
/// same <see cref="Database"/> (a <see cref="TestDatabase"/>, or a SQLite path) behave like two instances on one
/// database, or one instance restarted.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;
    private readonly string? _contentPath;

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces registrations after the host's own (e.g. a fake clock).</param>
    public BotHost(TestDatabase? database = null, string? contentPath = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsDatabase = database is null;
        _contentPath = contentPath;
        _settings = settings ?? new Dictionary<string, string?>();
        Database = database ?? TestDatabase.Sqlite();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public TestDatabase Database { get; }

    /// <summary>The SQLite file the host runs on.</summary>
    public string DatabasePath => Database.Path ?? throw new InvalidOperationException("This host runs on PostgreSQL, not on a SQLite file.");

    /// <summary>The content folder the build copies beside the binaries (the shipped content/).</summary>
    public static string ShippedContent => Path.Combine(AppContext.BaseDirectory, "content");

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"cdsbot-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", Database.Provider);
        builder.UseSetting("Storage:ConnectionString", Database.ConnectionString);
        if (_contentPath is not null)
        {
            builder.UseSetting("Content:Path", _contentPath);
        }
        builder.UseEnvironment("Testing");
        builder.UseSetting("Inbox:PollIntervalMilliseconds", "100");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }

    public static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

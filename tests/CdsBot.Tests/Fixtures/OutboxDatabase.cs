using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Inbox;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// A real SQLite database with the bot's schema and the outbox in it, a fake clock, and relays built on them the way
/// the host builds them: what an <see cref="OutboundRelay"/> test needs, without a host.
/// </summary>
public sealed class OutboxDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _path;

    private OutboxDatabase(string path)
    {
        _path = path;
        _services = new ServiceCollection()
            .AddDbContextFactory<CdsBotDbContext>(o => new StorageOptions { ConnectionString = $"Data Source={path}" }.Configure(o))
            .AddMetrics()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<InboxBacklog>()
            .AddSingleton<CdsBotMetrics>()
            .BuildServiceProvider();
        Contexts = _services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
    }

    public IDbContextFactory<CdsBotDbContext> Contexts { get; }

    /// <summary>The host's metrics, as the group commit and the inbox record them.</summary>
    public CdsBotMetrics Metrics => _services.GetRequiredService<CdsBotMetrics>();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));

    public InboxOptions Options { get; } = new();

    public static async Task<OutboxDatabase> CreateAsync()
    {
        var database = new OutboxDatabase(BotHost.NewDatabasePath());
        await using var db = new StorageOptions { ConnectionString = $"Data Source={database._path}" }.CreateMigrationContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A group commit over this database, as one instance of the host has it.</summary>
    public GroupCommit GroupCommit() => new(Contexts, _services.GetRequiredService<CdsBotMetrics>(), Time);

    /// <summary>A group commit over this database whose contexts also have <paramref name="interceptor"/> (to watch what it sends).</summary>
    public GroupCommit GroupCommit(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor)
    {
        var options = new DbContextOptionsBuilder<CdsBotDbContext>();
        new StorageOptions { ConnectionString = $"Data Source={_path}" }.Configure(options);
        options.AddInterceptors(interceptor);
        return new(new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<CdsBotDbContext>(options.Options), _services.GetRequiredService<CdsBotMetrics>(), Time);
    }

    /// <summary>A relay as one instance of the host would have it.</summary>
    public OutboundRelay Relay(IOutboundChannel channel, RecordingLogger<OutboundRelay>? logger = null) =>
        new(Contexts, GroupCommit(), [channel], Microsoft.Extensions.Options.Options.Create(Options), _services.GetRequiredService<CdsBotMetrics>(), Time, logger ?? new RecordingLogger<OutboundRelay>());

    /// <summary>Writes a reply owed to <paramref name="recipientId"/>, as a committed turn (a positive event id) or a staff reply (negative) does.</summary>
    public async Task<long> OweAsync(string channel, string recipientId, string text, long eventId, int sequence = 0)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var row = new OutboundMessageRecord
        {
            InboxEventId = eventId,
            Sequence = sequence,
            Channel = channel,
            RecipientId = recipientId,
            Body = JsonSerializer.Serialize(OutboundActivity.FromText(text), StateJson.Options),
            CreatedAt = Time.GetUtcNow(),
        };
        db.OutboundMessages.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public async Task<OutboundMessageRecord> RowAsync(long id)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        BotHost.DeleteDatabase(_path);
    }
}

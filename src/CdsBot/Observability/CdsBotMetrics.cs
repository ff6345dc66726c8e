using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using CdsBot.Inbox;

namespace CdsBot.Observability;

/// <summary>
/// The host's own instruments (meter <see cref="Telemetry.Name"/>), one method per thing worth counting. Names follow
/// OpenTelemetry's conventions; Prometheus shows them with dots as underscores and counters ending in "_total".
/// </summary>
public sealed partial class CdsBotMetrics
{
    private readonly Counter<long> _webhookAcks;
    private readonly Counter<long> _inboxEnqueued;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _broadcastDeliveries;
    private readonly Counter<long> _llmCalls;
    private readonly Counter<long> _guardRefusals;
    private readonly Histogram<int> _groupCommits;
    private readonly Histogram<double> _groupCommitDuration;
    private readonly Histogram<double> _groupCommitWait;

    public CdsBotMetrics(IMeterFactory meters, InboxBacklog backlog)
    {
        var meter = meters.Create(Telemetry.Name);
        _webhookAcks = meter.CreateCounter<long>("cdsbot.webhook.acks", "{request}", "Webhook requests answered, by channel and HTTP status.");
        _inboxEnqueued = meter.CreateCounter<long>("cdsbot.inbox.enqueued", "{event}", "Inbound events offered to the inbox: stored, or dropped as a redelivery.");
        _turns = meter.CreateCounter<long>("cdsbot.turns", "{turn}", "Turns committed, by channel and intent.");
        _turnDuration = meter.CreateHistogram<double>("cdsbot.turn.duration", "ms", "From the start of a turn to its commit.");
        _sends = meter.CreateCounter<long>("cdsbot.sends", "{message}", "Reply sends, by channel, outcome (sent, retry, failed) and platform code.");
        _broadcastDeliveries = meter.CreateCounter<long>("cdsbot.broadcast.deliveries", "{delivery}", "Campaign ledger rows moved to a status.");
        _llmCalls = meter.CreateCounter<long>("cdsbot.llm.calls", "{call}", "Calls to the language model (each retry counts).");
        _guardRefusals = meter.CreateCounter<long>("cdsbot.llm.guard_refusals", "{reply}", "Model replies refused by a guard, by reason.");
        _groupCommits = meter.CreateHistogram<int>("cdsbot.db.group_commit.units", "{unit}", "Units of work committed together in one transaction (GroupCommit).");
        _groupCommitDuration = meter.CreateHistogram<double>("cdsbot.db.group_commit.duration", "ms", "How long each committed group commit held the committer, from opening its connection to the commit: other writes wait meanwhile.");
        _groupCommitWait = meter.CreateHistogram<double>("cdsbot.db.group_commit.wait", "ms", "How long each unit of work waited in the group commit's queue before its batch began.");
        // Read from the database at each collection, so every instance reports the shared inbox as it stands.
        meter.CreateObservableGauge("cdsbot.inbox.pending", () => Read(backlog, b => b.Pending), "{event}", "Inbox events not yet processed.");
        meter.CreateObservableGauge("cdsbot.inbox.oldest_age", () => Read(backlog, b => b.OldestAge.TotalSeconds), "s", "How long the oldest unprocessed inbox event has waited.");
    }

    public void WebhookAcked(string channel, int status) => _webhookAcks.Add(1, new("channel", channel), new("status", status));

    public void Enqueued(string channel, bool stored) => _inboxEnqueued.Add(1, new("channel", channel), new("outcome", stored ? "stored" : "duplicate"));

    public void TurnCommitted(string channel, string intent, TimeSpan duration)
    {
        _turns.Add(1, new("channel", channel), new("intent", intent));
        _turnDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("channel", channel));
    }

    /// <summary>Counts a send's outcome: "sent", "retry" (tried again later), "failed" or "unknown" (cut off by a crash), with the platform's error code when the reason names one.</summary>
    public void Sent(string channel, string outcome, SendOutcome result) =>
        _sends.Add(1, new("channel", channel), new("outcome", outcome), new("code", CodeOf(result)));

    public void BroadcastDelivery(string channel, string status) => _broadcastDeliveries.Add(1, new("channel", channel), new("status", status));

    public void GroupCommitted(int units, TimeSpan took)
    {
        _groupCommits.Record(units);
        _groupCommitDuration.Record(took.TotalMilliseconds);
    }

    public void GroupCommitWaited(TimeSpan waited) => _groupCommitWait.Record(waited.TotalMilliseconds);

    public void ModelCalled() => _llmCalls.Add(1);

    public void GuardRefused(string reason) => _guardRefusals.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>"0" when delivered; the platform's error code ("Zalo error -213: …", "Graph error 190/460: …"); else "none".</summary>
    private static string CodeOf(SendOutcome result) =>
        result.Delivered ? "0" : result.Reason is { } reason && PlatformCode().Match(reason) is { Success: true } match ? match.Groups[1].Value : "none";

    [GeneratedRegex(@"\berror (-?\d+)")]
    private static partial Regex PlatformCode();

    /// <summary>
    /// One reading for a gauge, or none while the database does not answer (readiness reports that). A collection
    /// callback cannot be async; SQLite's provider completes synchronously, so the wait is short.
    /// </summary>
    private static IEnumerable<Measurement<T>> Read<T>(InboxBacklog backlog, Func<InboxBacklog.Snapshot, T> value)
        where T : struct
    {
        try
        {
            return [new Measurement<T>(value(backlog.ReadAsync(CancellationToken.None).GetAwaiter().GetResult()))];
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return [];
        }
    }
}

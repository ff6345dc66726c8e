using System.Globalization;

namespace CdsBot.Bench.Scaleout;

/// <summary>The scale-out run's figures, printed, and the verdict against issue #18's rule.</summary>
internal sealed class ScaleoutReport
{
    public required IReadOnlyList<SentEvent> Sent { get; init; }

    public required int Acknowledged { get; init; }

    public required int ProxyRetried { get; init; }

    public required int ProxyUnavailable { get; init; }

    public required KillMark Kill { get; init; }

    public required TimeSpan LastRequest { get; init; }

    public required TimeSpan DrainedAt { get; init; }

    public required bool Drained { get; init; }

    public required int RepliesAtEnd { get; init; }

    public required int Messages { get; init; }

    public required ReplyTally Tally { get; init; }

    public required EventVerdicts Verdicts { get; init; }

    public required int RefusedStored { get; init; }

    public required EventVerdicts RefusedVerdicts { get; init; }

    public required IReadOnlyList<StoredReply> Replies { get; init; }

    public required Dictionary<(string, string), StoredEvent> StoredEvents { get; init; }

    public required IReadOnlyList<HostProcess> Hosts { get; init; }

    public required TimeSpan? UnknownSettledAfterKill { get; init; }

    public required int LeaseSeconds { get; init; }

    /// <summary>Prints the figures; true when the run passes.</summary>
    public bool Print()
    {
        var c = CultureInfo.InvariantCulture;
        var refused = Sent.Where(e => !e.Acknowledged).GroupBy(e => e.Outcome).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no response" : g.Key.ToString(c))}: {g.Count()}");
        Console.WriteLine(string.Create(c, $"  events sent {Sent.Count} ({Sent.Count(e => e.Channel == "zalo")} Zalo, {Sent.Count(e => e.Channel == "messenger")} Messenger) over {Sent.Select(e => e.RecipientId).Distinct().Count()} conversations"));
        Console.WriteLine(string.Create(c, $"  acknowledged (2xx) {Acknowledged}; refused or failed at the proxy {Sent.Count - Acknowledged} ({string.Join(", ", refused.DefaultIfEmpty("none"))}); proxy retried {ProxyRetried} requests on the other host, answered 502 to {ProxyUnavailable}"));
        var afterKill = LastRequest - Kill.At;
        var drainSpan = DrainedAt - Kill.At;
        Console.WriteLine(string.Create(c, $"  before the kill: {Kill.Acknowledged / Kill.At.TotalSeconds:F0} acks/s, {Kill.Replies / Kill.At.TotalSeconds:F0} replies/s at the stand-in ({Kill.At.TotalSeconds:F1} s)"));
        Console.WriteLine(string.Create(c, $"  after the kill: {(Acknowledged - Kill.Acknowledged) / afterKill.TotalSeconds:F0} acks/s to the last request ({afterKill.TotalSeconds:F1} s); {(RepliesAtEnd - Kill.Replies) / drainSpan.TotalSeconds:F0} replies/s to drained ({drainSpan.TotalSeconds:F1} s)"));
        Console.WriteLine(string.Create(c, $"  drained: {(Drained ? "yes" : "NO (timed out)")}, {(DrainedAt - LastRequest).TotalSeconds:F1} s after the last request"));
        Console.WriteLine(string.Create(c, $"  stand-in: {Messages} platform messages; not tied to any reply {Tally.Unattributed}; sent rows whose recorded message the stand-in never gave out {Tally.RecordedButNotReceived}"));
        Console.WriteLine(string.Create(c, $"  per acknowledged event, replies written: {Histogram(Verdicts.RepliesPerEvent)}; platform messages received: {Histogram(Verdicts.MessagesPerEvent)}"));
        Console.WriteLine(string.Create(c, $"  acknowledged events answered exactly once {Verdicts.ExactlyOnce}; in doubt (a reply marked unknown) {Verdicts.InDoubt}, of which arrived anyway {Verdicts.InDoubtArrived}; answered twice or more {Verdicts.TwiceOrMore}; not answered {Verdicts.NotAnswered} (acknowledged but not stored {Verdicts.NotStored})"));
        Console.WriteLine(string.Create(c, $"  not acknowledged but stored anyway {RefusedStored}: answered exactly once {RefusedVerdicts.ExactlyOnce}, in doubt {RefusedVerdicts.InDoubt}, twice or more {RefusedVerdicts.TwiceOrMore}, not answered {RefusedVerdicts.NotAnswered}"));
        var statuses = Replies.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var unknown = Replies.Count(r => r.Status == "unknown");
        var unknownOutsideWindow = Replies.Count(r => r.Status == "unknown" && !ClaimedInDoubtWindow(r));
        Console.WriteLine(string.Create(c, $"  outbound rows {Replies.Count}: {string.Join(", ", statuses)}; unknown rows whose send was claimed outside the in-doubt window (the lease, {LeaseSeconds} s, before the kill) {unknownOutsideWindow}; the last marked unknown {(UnknownSettledAfterKill is { } s ? $"{s.TotalSeconds:F1} s" : "never (none)")} after the kill"));
        var events = StoredEvents.Values.ToList();
        var owners = events.GroupBy(e => OwnerPid(e.LeaseOwner)).OrderBy(g => g.Key).Select(g => $"pid {g.Key}: {g.Count()}");
        Console.WriteLine(string.Create(c, $"  inbox rows {events.Count}: {string.Join(", ", events.GroupBy(e => e.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}; claimed more than once {events.Count(e => e.Attempts > 1)}; last claimed by {string.Join(", ", owners)}"));
        Console.WriteLine(string.Create(c, $"  host log lines (errors/warnings): {string.Join(", ", Hosts.Select(h => $"pid {h.ProcessId} {h.ErrorLogLines}/{h.WarningLogLines}"))}"));

        var failures = new List<string>();
        if (!Drained)
        {
            failures.Add("the pipeline did not drain in time");
        }

        if (Acknowledged == 0)
        {
            failures.Add("nothing was acknowledged");
        }

        if (Verdicts.TwiceOrMore > 0 || RefusedVerdicts.TwiceOrMore > 0)
        {
            failures.Add($"{Verdicts.TwiceOrMore + RefusedVerdicts.TwiceOrMore} events answered twice or more");
        }

        if (Verdicts.NotAnswered > 0)
        {
            failures.Add($"{Verdicts.NotAnswered} acknowledged events not answered and not marked unknown");
        }

        if (Tally.Unattributed > 0 || Tally.RecordedButNotReceived > 0)
        {
            failures.Add($"{Tally.Unattributed} stand-in messages tie to no reply, {Tally.RecordedButNotReceived} recorded sends never reached the stand-in");
        }

        if (unknownOutsideWindow > 0)
        {
            failures.Add($"{unknownOutsideWindow} replies marked unknown whose send was not in flight when the host was killed");
        }

        Console.WriteLine(failures.Count == 0
            ? $"PASS: every acknowledged event answered exactly once ({Verdicts.ExactlyOnce}) or marked unknown ({Verdicts.InDoubt})"
            : $"FAIL: {string.Join("; ", failures)}");
        return failures.Count == 0;
    }

    /// <summary>
    /// Whether the row's send was claimed (marked sending; its NextAttemptMs is the claim's time plus the lease) in the
    /// lease before the kill: a send the killed host started and could not have finished and recorded.
    /// </summary>
    private bool ClaimedInDoubtWindow(StoredReply reply)
    {
        var claimedMs = reply.NextAttemptMs - (LeaseSeconds * 1000L);
        return claimedMs >= Kill.StartedMs - (LeaseSeconds * 1000L) && claimedMs <= Kill.DoneMs;
    }

    private static string Histogram(SortedDictionary<int, int> histogram) =>
        string.Join(", ", histogram.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} → {p.Value}")));

    /// <summary>The process id in a lease owner "{machine}/{pid}/{guid}".</summary>
    private static string OwnerPid(string? owner) => owner?.Split('/') is [_, var pid, _] ? pid : "none";
}

using System.Globalization;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Bench.Contest;

/// <summary>
/// Issue #16: N citizens answering one contest question at once. The real host in its own process, a contest made by
/// staff over the admin API (a bank of 10, 3 questions an attempt, 60 s each), every citizen's attempt started through
/// <c>/api/chat</c>, then every citizen taps an answer to question 1 at once (the measured phase: answers recorded per
/// second, and the time from tap to the reply asking question 2), then question 2, then question 3, whose reply gives
/// the score and asks the tie-breaker (the rank follows the citizen's prediction, outside this bench). The answers are counted again in the database and
/// on the leaderboard. A warm-up round played first by other citizens keeps JIT and first-query costs out of the figures.
/// </summary>
internal static class ContestBenchmark
{
    private const int Bank = 10;
    private const int PerAttempt = 3;
    private const int Seconds = 60;

    public static async Task RunAsync(int citizens, int concurrency)
    {
        concurrency = Math.Clamp(concurrency, 1, citizens);
        await using var host = await HostProcess.StartAsync(ContestSetup.HostSettings());
        using var staff = await ContestSetup.SignInAsync(host.Address);
        var (warmUp, round) = await ContestSetup.CreateContestAsync(staff, Bank, PerAttempt, Seconds);
        // Each citizen keeps its connection between steps, as a phone would; the default handler would drop idle ones after a minute.
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromMinutes(5),
        };

        var warmCitizens = Math.Min(100, citizens);
        var warm = await PlayAsync(host, http, warmUp, "bench-warm", warmCitizens, Math.Min(concurrency, warmCitizens), print: false);
        Console.WriteLine($"warm-up: {warmCitizens} other citizens played round {warmUp} whole, {warm.Sum(p => p.Count(TapOutcome.Error))} errors");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"contest: {citizens} citizens, at most {concurrency} taps in flight{(concurrency < citizens ? " (a tap's latency runs from its sending: the wait for a slot is not in it)" : "")} " +
            $"(client and host share {Environment.ProcessorCount} cores); round {round}, {PerAttempt} of {Bank} questions, {Seconds} s each"));
        var phases = await PlayAsync(host, http, round, "bench-contest", citizens, concurrency, print: true);

        await using (var db = new CdsBotDbContext(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options))
        {
            var byPosition = await db.ContestAnswers
                .Where(x => db.ContestAttempts.Any(a => a.Id == x.AttemptId && a.RoundId == round))
                .GroupBy(x => x.Position).Select(g => new { Position = g.Key, Count = g.Count() }).OrderBy(g => g.Position).ToListAsync();
            var finished = await db.ContestAttempts.CountAsync(a => a.RoundId == round && a.FinishedAt != null);
            Console.WriteLine($"database: answers by question {string.Join(", ", byPosition.Select(g => $"{g.Position + 1}: {g.Count}"))}; {finished} attempts finished");
        }

        Console.WriteLine($"leaderboard: {await ContestSetup.LeaderboardCountAsync(staff, round)} entries; host log: {host.ErrorLogLines} error lines, {host.WarningLogLines} warnings; host RSS {host.ResidentBytes / 1048576.0:F0} MiB");
        var first = phases[1];
        var recorded = first.Count(TapOutcome.Recorded) + first.Count(TapOutcome.Late);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"issue #16: {recorded} answers to question 1 recorded at {recorded / first.Wall.TotalSeconds:F0}/s, p99 tap → next question {Percentiles.Of(first.SortedLatencies, 0.99):F0} ms; {LoadAverage()}"));
    }

    /// <summary>Every citizen starts an attempt at <paramref name="round"/>, then they answer each question together: the start, then one phase per question.</summary>
    private static async Task<List<TapPhase>> PlayAsync(HostProcess host, HttpClient http, long round, string who, int citizens, int concurrency, bool print)
    {
        var phases = new List<TapPhase>();
        async Task<TapPhase> Step(string name, Func<int, string?> payload, int? next)
        {
            var phase = await TapPhase.RunAsync(host, http, name, who, citizens, concurrency, payload, next);
            if (print)
            {
                Console.WriteLine(phase.Figures());
            }

            phases.Add(phase);
            return phase;
        }

        var previous = await Step("start (not an answer)", _ => ContestPayloads.Go(round), next: 0);
        for (var position = 0; position < PerAttempt; position++)
        {
            var asked = previous;
            var last = position == PerAttempt - 1;
            previous = await Step(
                last ? $"answer {position + 1} → score and tie-breaker" : $"answer {position + 1} → question {position + 2}",
                i => asked.Replies[i] is { AnswerPayloads.Count: > 0 } reply ? reply.AnswerPayloads[i % reply.AnswerPayloads.Count] : null,
                last ? null : position + 1);
        }

        return phases;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
}

using System.Globalization;
using CdsBot.Bench;
using CdsBot.Bench.Calibrate;
using CdsBot.Bench.Contest;
using CdsBot.Bench.Eval;
using CdsBot.Bench.Fuzz;
using CdsBot.Bench.Scaleout;

// Benchmarks print figures; they never pass or fail. Run in Release:
//   dotnet run -c Release --project bench/CdsBot.Bench -- chat [turns] [concurrency]
//   dotnet run -c Release --project bench/CdsBot.Bench -- chat-rephrase [turns] [concurrency]
//   dotnet run -c Release --project bench/CdsBot.Bench -- retrieval [synthetic items] [queries]
//   dotnet run -c Release --project bench/CdsBot.Bench -- passages [synthetic documents] [pages each] [queries]
//   dotnet run -c Release --project bench/CdsBot.Bench -- webhooks [events] [concurrency] [sqlite|postgres]
//     (postgres: the host on a fresh database of the server named by CDSBOT_BENCH_POSTGRES, default the local one)
//   dotnet run -c Release --project bench/CdsBot.Bench -- webhooks-ingest [events] [concurrency]
//     (only the webhooks' side: an instance that takes webhooks and runs no turn, then the bare endpoint)
//   dotnet run -c Release --project bench/CdsBot.Bench -- broadcast [recipients] [sends in flight, default the host's]
//   dotnet run -c Release --project bench/CdsBot.Bench -- contest [citizens] [concurrency]
//     (issue #16: every citizen taps an answer to one contest question at once; answers recorded per second, tap → next question latency)
//   dotnet run -c Release --project bench/CdsBot.Bench -- dashboard [turn rows] [runs]
//     (the dashboard's queries over that many turn-log rows: each chart's and the whole page's p50 and p99, and the report's)
//   dotnet run -c Release --project bench/CdsBot.Bench -- fuzz [requests] [concurrency] [seed]
//     (odd and malformed requests at every public endpoint; exits 1 on a 5xx, a blocked inbox or an unhealthy host)
//   dotnet run -c Release --project bench/CdsBot.Bench -- scaleout [events] [concurrency] [restart|no-restart]
//     (issue #18: two hosts on PostgreSQL behind one port, one SIGKILLed halfway; exits 1 unless every acknowledged
//      event is answered exactly once or its reply marked unknown within the lease)
//   dotnet run -c Release --project bench/CdsBot.Bench -- eval [--folds DIR] [--sets FILE...] [--dump FILE]
//     (answer quality: the DVC folds against a Lucene BM25 baseline, then the question sets; see README "Measuring answers")
//   dotnet run -c Release --project bench/CdsBot.Bench -- calibrate [--own-weight 6] [--dump FILE]
//     (refits AnswerConfidence's weights on the DVC folds and the question sets, in process; prints them to paste by hand)
var benchmark = args.Length > 0 ? args[0] : "chat";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (benchmark)
{
    case "chat":
        await ChatBenchmark.RunAsync(turns: Arg(1, 5000), concurrency: Arg(2, 16));
        break;
    case "chat-rephrase":
        await ChatBenchmark.RunAsync(turns: Arg(1, 5000), concurrency: Arg(2, 16), rephrase: true);
        break;
    case "retrieval":
        RetrievalBenchmark.Run(syntheticItems: Arg(1, 10_000), queries: Arg(2, 20_000));
        break;
    case "passages":
        PassageBenchmark.Run(documents: Arg(1, 200), pages: Arg(2, 20), queries: Arg(3, 20_000));
        break;
    case "webhooks":
        await WebhookBenchmark.RunAsync(events: Arg(1, 5000), concurrency: Arg(2, 16), postgres: args.Length > 3 && args[3] == "postgres");
        break;
    case "webhooks-ingest":
        await WebhookBenchmark.RunIngestOnlyAsync(events: Arg(1, 20_000), concurrency: Arg(2, 16));
        break;
    case "broadcast":
        await BroadcastBenchmark.RunAsync(recipients: Arg(1, 100_000), concurrency: args.Length > 2 ? Arg(2, 0) : null);
        break;
    case "contest":
        await ContestBenchmark.RunAsync(citizens: Arg(1, 1000), concurrency: Arg(2, 1000));
        break;
    case "dashboard":
        await DashboardBenchmark.RunAsync(rows: Arg(1, 1_000_000), runs: Arg(2, 50));
        break;
    case "scaleout":
        return await ScaleoutBenchmark.RunAsync(events: Arg(1, 20_000), concurrency: Arg(2, 16), restart: args.Length <= 3 || args[3] != "no-restart");
    case "eval":
        return await EvalBenchmark.RunAsync(args[1..]);
    case "calibrate":
        return CalibrateBenchmark.Run(args[1..]);
    case "fuzz":
        return await FuzzBenchmark.RunAsync(requests: Arg(1, 10_000), concurrency: Arg(2, 8), seed: Arg(3, 14));
    case "bare-server":
        await BareServer.RunAsync(port: Arg(1, 5099));
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{benchmark}'. Known: chat, chat-rephrase, retrieval, passages, webhooks, webhooks-ingest, broadcast, contest, dashboard, fuzz, scaleout, eval, calibrate.");
        return 2;
}

return 0;

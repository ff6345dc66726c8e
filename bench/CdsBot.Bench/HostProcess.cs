using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CdsBot.Bench;

/// <summary>
/// The real CdsBot host in a process of its own, on a free loopback port with a fresh SQLite file (unless the settings
/// name another database).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    /// <summary>How long a host may take to report healthy by default: migrating and seeding a fresh database on a loaded 2-core machine took over 30 s.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly string _database;
    private int _errorLogLines;
    private int _warningLogLines;

    private HostProcess(Process process, string database, Uri address)
    {
        _process = process;
        _database = database;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Lines the host's console logger wrote at error or critical level ("fail:", "crit:") so far.</summary>
    public int ErrorLogLines => Volatile.Read(ref _errorLogLines);

    /// <summary>Lines the host's console logger wrote at warning level ("warn:") so far.</summary>
    public int WarningLogLines => Volatile.Read(ref _warningLogLines);

    public string DatabasePath => _database;

    public int ProcessId => _process.Id;

    public long ResidentBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>CPU time the host process has used so far, on all cores.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the host and waits until it is healthy, for <see cref="StartTimeout"/> unless <paramref name="healthTimeout"/> says otherwise.</summary>
    public static Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, TimeSpan? healthTimeout = null) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "CdsBot.dll"), [], settings, healthTimeout ?? StartTimeout);

    /// <summary>Samples the host's resident memory every 100 ms until cancelled; the peak seen.</summary>
    public async Task<long> PeakResidentBytesAsync(CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!cancellationToken.IsCancellationRequested && !_process.HasExited)
        {
            peak = Math.Max(peak, ResidentBytes);
            try
            {
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return peak;
    }

    /// <summary>This benchmark program in its bare-server mode: an endpoint that only answers 200.</summary>
    public static Task<HostProcess> StartBareAsync() =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "CdsBot.Bench.dll"), ["bare-server", "{port}"], null, TimeSpan.FromSeconds(30));

    private static async Task<HostProcess> StartAsync(string dll, string[] arguments, IReadOnlyDictionary<string, string>? settings, TimeSpan healthTimeout)
    {
        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"cdsbot-bench-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__ConnectionString"] = $"Data Source={database}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostProcess(process, database, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.CountLogLine(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = host.Address };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < healthTimeout)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The host did not become healthy within {healthTimeout.TotalSeconds:F0} s.");
    }

    /// <summary>SIGKILL: no graceful shutdown, in-flight requests and platform calls cut where they are.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private void CountLogLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLogLines);
        }
        else if (line.StartsWith("warn:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _warningLogLines);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

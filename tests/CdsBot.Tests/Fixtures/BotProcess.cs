using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CdsBot.Tests.Fixtures;

/// <summary>The real host in a process of its own (the built CdsBot.dll), so a test can kill it outright.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the host on <paramref name="databasePath"/> with environment <paramref name="settings"/> (Section__Key) and waits until it is healthy.</summary>
    public static async Task<BotProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CdsBot.dll"));
        start.Environment["Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("host: " + e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("host: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        using var probe = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 600 && !process.HasExited; attempt++)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return new BotProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The host process did not become healthy within 60 s.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, in-flight requests cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using Microsoft.Playwright;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Real Chromium (Debian's package, /usr/bin/chromium, installed by .ci/run) driven by Playwright. The flags keep it
/// off the network beyond loopback, as this machine's closed network requires.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CDSBOT_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ExecutablePath}: run .ci/run (it installs Debian's chromium) or set CDSBOT_CHROMIUM.");
        }

        // A cold Chromium on a busy 2-core CI machine can take longer than Playwright's default 5 s; an upload that is
        // split into passages took over 15 s with four test runs sharing the cores. Expectations end as soon as they hold.
        Assertions.SetDefaultExpectTimeout(45_000);
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, chromium);
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}

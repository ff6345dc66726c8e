using System.Diagnostics;
using System.Net;

namespace CdsBot.Bench.Scaleout;

/// <summary>
/// A loopback reverse proxy on one port in front of the hosts, in the spirit of Caddy's reverse_proxy with passive health
/// checks: requests go round the live hosts; a host whose connection fails is left out for <see cref="FailDuration"/>
/// and the request is tried on the next one. A webhook is safe to send twice (the inbox drops a redelivery by its
/// message id), so a request cut off mid-way is retried too. When no host takes it, the sender gets 502.
/// </summary>
internal sealed class FrontProxy : IAsyncDisposable
{
    private static readonly TimeSpan FailDuration = TimeSpan.FromSeconds(5);
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Content-Length", "Keep-Alive" };

    private readonly WebApplication _app;
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock _gate = new();
    private readonly List<Backend> _backends = [];
    private int _next;
    private int _retried;
    private int _unavailable;

    public FrontProxy()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(ForwardAsync);
        _app.StartAsync().GetAwaiter().GetResult();
        Address = new Uri(_app.Urls.First());
    }

    public Uri Address { get; }

    /// <summary>Requests that failed on one host and were tried on another.</summary>
    public int Retried => Volatile.Read(ref _retried);

    /// <summary>Requests no host took (answered 502).</summary>
    public int Unavailable => Volatile.Read(ref _unavailable);

    public void Add(Uri host)
    {
        lock (_gate)
        {
            _backends.Add(new Backend(host));
        }
    }

    /// <summary>Takes a host out of the rotation (a host that was killed and will not come back on that address).</summary>
    public void Remove(Uri host)
    {
        lock (_gate)
        {
            _backends.RemoveAll(b => b.Address == host);
        }
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var tried = new HashSet<Uri>();
        while (Pick(tried) is { } backend)
        {
            tried.Add(backend.Address);
            try
            {
                using var request = Copy(context.Request, backend.Address, body);
                using var response = await _http.SendAsync(request, context.RequestAborted);
                context.Response.StatusCode = (int)response.StatusCode;
                if (response.Content.Headers.ContentType is { } type)
                {
                    context.Response.ContentType = type.ToString();
                }

                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
            {
                backend.DownUntil = Stopwatch.GetTimestamp() + (long)(FailDuration.TotalSeconds * Stopwatch.Frequency);
                Interlocked.Increment(ref _retried);
            }
        }

        Interlocked.Increment(ref _unavailable);
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    /// <summary>The next host round the list not tried yet for this request, preferring those not marked down.</summary>
    private Backend? Pick(HashSet<Uri> tried)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var candidates = _backends.Where(b => !tried.Contains(b.Address)).ToList();
            var live = candidates.Where(b => b.DownUntil <= now).ToList();
            var pool = live.Count > 0 ? live : candidates;
            return pool.Count == 0 ? null : pool[(int)((uint)_next++ % (uint)pool.Count)];
        }
    }

    private static HttpRequestMessage Copy(HttpRequest incoming, Uri host, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(host, incoming.Path + incoming.QueryString)) { Content = new ByteArrayContent(body) };
        foreach (var (name, values) in incoming.Headers)
        {
            if (HopHeaders.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class Backend(Uri address)
    {
        public Uri Address { get; } = address;

        public long DownUntil { get; set; }
    }
}

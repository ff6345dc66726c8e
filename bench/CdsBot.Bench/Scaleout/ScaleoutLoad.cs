namespace CdsBot.Bench.Scaleout;

/// <summary>
/// The citizens' side: signed text messages through the proxy, many conversations, Zalo and Messenger alternating. Event
/// i belongs to conversation i mod C as its (i div C)-th message, so a conversation's messages follow each other in
/// order, far apart. A request that is refused or fails is not retried (a platform would redeliver it; here it is
/// counted as not acknowledged, and allowed to be lost).
/// </summary>
internal sealed class ScaleoutLoad(Uri proxy, int events, int concurrency)
{
    private readonly int _conversations = Math.Clamp(events / 10, 2, 2000);
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private readonly TaskCompletionSource _halfway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _answered;
    private int _acknowledged;

    /// <summary>Completes once half the requests have been answered (acknowledged or not).</summary>
    public Task Halfway => _halfway.Task;

    public int Answered => Volatile.Read(ref _answered);

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public int Conversations => _conversations;

    public async Task<IReadOnlyList<SentEvent>> SendAsync()
    {
        using var http = new HttpClient { BaseAddress = proxy, Timeout = TimeSpan.FromSeconds(60) };
        var sent = new SentEvent[events];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < events)
            {
                sent[i] = await SendOneAsync(http, i);
                if (sent[i].Acknowledged)
                {
                    Interlocked.Increment(ref _acknowledged);
                }

                if (Interlocked.Increment(ref _answered) >= events / 2)
                {
                    _halfway.TrySetResult();
                }
            }
        })));
        _halfway.TrySetResult();
        return sent;
    }

    private async Task<SentEvent> SendOneAsync(HttpClient http, int i)
    {
        var conversation = i % _conversations;
        var sequence = i / _conversations;
        var zalo = conversation % 2 == 0;
        var recipient = zalo ? $"so-{_run}-z{conversation}" : $"so-{_run}-p{conversation}";
        var messageId = zalo ? $"{_run}-z{conversation}-{sequence}" : $"m_{_run}_p{conversation}_{sequence}";
        using var request = zalo ? SignedWebhooks.Zalo(recipient, messageId, "menu") : SignedWebhooks.Messenger(recipient, messageId, "menu");
        int outcome;
        try
        {
            using var response = await http.SendAsync(request);
            outcome = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            outcome = 0;
        }

        return new SentEvent(zalo ? "zalo" : "messenger", messageId, recipient, outcome);
    }
}

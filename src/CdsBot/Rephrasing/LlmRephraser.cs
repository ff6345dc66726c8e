using System.ClientModel;
using System.Security.Cryptography;
using System.Text;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CdsBot.Rephrasing;

/// <summary>
/// Rephrases curated answers with a language model, and keeps the curated answer whenever anything is off: a total
/// timeout (retries included), retries of transient failures, a circuit breaker that stops calling a failing model,
/// a fact guard on what comes back, and a check that the instructions did not leak. Accepted rephrasings are cached per
/// (item, wording of its answer, normalized question), so a changed answer is never served an old rephrasing.
/// </summary>
public sealed class LlmRephraser : IAnswerRephraser, IDisposable
{
    private readonly ChatModel _model;
    private readonly FactGuard _guard;
    private readonly RephraseStats _stats;
    private readonly ILogger<LlmRephraser> _logger;
    private readonly ResiliencePipeline<string?> _pipeline;
    private readonly MemoryCache _cache;
    private readonly int _timeoutMs;

    public LlmRephraser(ChatModel model, IOptions<LlmOptions> options, RephraseStats stats, TimeProvider time, ILogger<LlmRephraser> logger)
    {
        var llm = options.Value;
        _model = model;
        _stats = stats;
        _timeoutMs = llm.TimeoutMilliseconds;
        _logger = logger;
        _guard = new FactGuard(llm.NamedPlatforms ?? FactGuard.DefaultPlatforms, llm.MaxAnswerLength);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, llm.CacheEntries) });
        var transient = new PredicateBuilder<string?>()
            .Handle<ClientResultException>(e => e.Status is 0 or 408 or 429 or >= 500)
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>();
        _pipeline = new ResiliencePipelineBuilder<string?> { TimeProvider = time }
            .AddTimeout(TimeSpan.FromMilliseconds(llm.TimeoutMilliseconds))
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<string?>
            {
                ShouldHandle = new PredicateBuilder<string?>().Handle<Exception>(e => e is not BrokenCircuitException),
                FailureRatio = llm.CircuitFailureRatio,
                MinimumThroughput = Math.Max(2, llm.CircuitMinimumCalls),
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(1, llm.CircuitSamplingSeconds)),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(1, llm.CircuitBreakSeconds)),
            })
            .AddRetry(new RetryStrategyOptions<string?>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = Math.Max(0, llm.Retries),
                Delay = TimeSpan.FromMilliseconds(100),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    public async Task<Dialogs.Rephrasing.Rephrasing> RephraseAsync(RephraseRequest request, CancellationToken cancellationToken)
    {
        var key = CacheKey(request);
        if (_cache.TryGetValue(key, out string? cached) && cached is not null)
        {
            _stats.Rephrased(fromCache: true);
            return new(cached, Dialogs.Rephrasing.Rephrasing.Rephrased, null);
        }

        string? reply;
        try
        {
            reply = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    // Counted per attempt that reaches the model: an open circuit makes none.
                    _stats.ModelCalled();
                    return await _model.CompleteAsync(RephrasePrompt.System, RephrasePrompt.User(request.Question, request.Answer), ct);
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ex switch
            {
                TimeoutRejectedException => $"timeout: no reply within {_timeoutMs} ms",
                BrokenCircuitException => "circuit open: the model failed repeatedly; not called for now",
                ClientResultException client => $"model error: HTTP {client.Status}",
                _ => $"model error: {ex.GetType().Name}",
            };
            _logger.LogInformation("Rephrasing {Item} fell back to the curated answer ({Reason})", request.ItemId, reason);
            return Fallback(request, reason);
        }

        var text = reply?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Fallback(request, "empty reply: the model gave no text");
        }

        if (RephrasePrompt.LeaksInstructions(text))
        {
            return Fallback(request, "leaked instructions: the reply repeats the model's rules");
        }

        if (_guard.Check(request.Answer, text) is { } why)
        {
            return Fallback(request, "fact guard: " + why);
        }

        _cache.Set(key, text, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromDays(1) });
        _stats.Rephrased(fromCache: false);
        return new(text, Dialogs.Rephrasing.Rephrasing.Rephrased, null);
    }

    public void Dispose() => _cache.Dispose();

    private Dialogs.Rephrasing.Rephrasing Fallback(RephraseRequest request, string reason)
    {
        _stats.FellBack(reason);
        return Dialogs.Rephrasing.Rephrasing.Curated(request, reason);
    }

    /// <summary>The item, a hash of its curated answer (so a new version misses), and the question normalized as retrieval
    /// reads it (case, tone placement) without its punctuation.</summary>
    private static string CacheKey(RephraseRequest request)
    {
        var folded = new string([.. VietnameseText.Normalize(request.Question).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        var question = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var answer = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Answer)))[..16];
        return $"{request.ItemId}\n{answer}\n{question}";
    }
}

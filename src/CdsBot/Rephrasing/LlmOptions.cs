namespace CdsBot.Rephrasing;

/// <summary>Optional rephrasing by a language model (configuration section "Llm", environment variables Llm__*). Off by default.</summary>
public sealed class LlmOptions
{
    public bool Enabled { get; set; }

    /// <summary>"azure" (Azure OpenAI: Endpoint is the resource, Deployment the deployment name) or "openai" (any
    /// OpenAI-compatible server, e.g. a self-hosted model: Endpoint like http://llm.local/v1, Deployment the model name).</summary>
    public string Provider { get; set; } = "azure";

    public string Endpoint { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public string Deployment { get; set; } = "";

    /// <summary>The whole rephrasing, retries included, gives up after this and the curated answer goes out.</summary>
    public int TimeoutMilliseconds { get; set; } = 3000;

    /// <summary>Retries of a transient failure (429, 5xx, network) within the timeout.</summary>
    public int Retries { get; set; } = 1;

    /// <summary>The circuit opens when this share of calls failed…</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>…among at least this many calls…</summary>
    public int CircuitMinimumCalls { get; set; } = 4;

    /// <summary>…within this many seconds; then no call is made for <see cref="CircuitBreakSeconds"/>.</summary>
    public int CircuitSamplingSeconds { get; set; } = 30;

    public int CircuitBreakSeconds { get; set; } = 30;

    /// <summary>Rephrasings kept, per (item wording, question).</summary>
    public int CacheEntries { get; set; } = 10_000;

    public int MaxOutputTokens { get; set; } = 700;

    public float Temperature { get; set; } = 0.2f;

    /// <summary>Longest rephrasing accepted (a phone screen or two).</summary>
    public int MaxAnswerLength { get; set; } = 1500;

    /// <summary>Names the guard requires verbatim; the defaults cover the platforms the content sends citizens to.</summary>
    public string[]? NamedPlatforms { get; set; }

    /// <summary>Drafting question–answer pairs from a document (staff's "Đề xuất hỏi đáp"): how long one passage's call may take…</summary>
    public int DraftTimeoutSeconds { get; set; } = 60;

    /// <summary>…and how many passages one request drafts from at most.</summary>
    public int DraftMaxPassages { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);
}

namespace CdsBot.Observability;

/// <summary>When /healthz/ready reports the inbox as too far behind (configuration section "Readiness").</summary>
public sealed class ReadinessOptions
{
    public const string Section = "Readiness";

    /// <summary>More unprocessed inbox events than this is not ready.</summary>
    public int MaxPendingEvents { get; set; } = 500;

    /// <summary>An unprocessed inbox event older than this is not ready.</summary>
    public int MaxPendingAgeSeconds { get; set; } = 120;
}

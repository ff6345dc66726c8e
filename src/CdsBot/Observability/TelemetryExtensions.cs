using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CdsBot.Observability;

/// <summary>
/// Traces and metrics (the host's own, ASP.NET Core's and outgoing HTTP calls'), exported only where configured:
/// OTLP when <c>Telemetry:Otlp:Endpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, a Prometheus
/// scrape endpoint at /metrics when <c>Telemetry:Prometheus:Enabled</c>. Logs are not exported: they leave through the
/// console's masking formatter only. The health checks behind /healthz/ready are registered here too.
/// </summary>
public static class TelemetryExtensions
{
    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReadinessOptions>(builder.Configuration.GetSection(ReadinessOptions.Section));
        services.AddSingleton<InboxBacklog>();
        services.AddSingleton<CdsBotMetrics>();
        services.AddSingleton<ChannelTokenHealth>();
        services.AddHealthChecks()
            .AddCheck<InboxBacklogHealthCheck>("inbox", tags: [HealthEndpoints.ReadyOnly])
            .AddCheck<ChannelTokenHealthCheck>("channel-tokens", tags: [HealthEndpoints.ReadyOnly]);

        var otlpEndpoint = builder.Configuration["Telemetry:Otlp:Endpoint"];
        var otlp = !string.IsNullOrWhiteSpace(otlpEndpoint) || !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = PrometheusEnabled(builder.Configuration);
        if (!otlp && !prometheus)
        {
            // Nothing to export to: the instruments and spans still exist (free while nobody listens) for in-process listeners.
            return;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["Telemetry:ServiceName"] ?? "cdsbot"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Telemetry.MeterNames).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter(exporter => UseEndpoint(exporter, otlpEndpoint));
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(Telemetry.Name)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => UseEndpoint(exporter, otlpEndpoint)));
        }
    }

    /// <summary>The health endpoints, and /metrics when Prometheus scraping is on.</summary>
    public static void MapTelemetry(this WebApplication app)
    {
        app.MapHealthEndpoints();
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }

    private static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue<bool>("Telemetry:Prometheus:Enabled");

    /// <summary>Our own key wins; otherwise the exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself.</summary>
    private static void UseEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter, string? endpoint)
    {
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            exporter.Endpoint = new Uri(endpoint);
        }
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/metrics");
}

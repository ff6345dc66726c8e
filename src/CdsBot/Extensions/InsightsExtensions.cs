using CdsBot.Insights;
using CdsBot.Insights.Expiring;
using CdsBot.Insights.Reports;

namespace CdsBot.Extensions;

internal static class InsightsExtensions
{
    /// <summary>The turn log's retention job, the dashboard's queries (and its expiring items) and the periodic report.</summary>
    public static void AddInsights(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TurnLogOptions>(builder.Configuration.GetSection("TurnLog"));
        builder.Services.AddSingleton<TurnLogRetention>();
        builder.Services.AddHostedService<TurnLogRetentionWorker>();
        builder.Services.AddSingleton<DashboardQueries>();
        builder.Services.AddSingleton<ExpiringItems>();
        builder.Services.Configure<ReportOptions>(builder.Configuration.GetSection("Report"));
        builder.Services.AddSingleton<PropagandaReportBuilder>();
    }
}

using CdsBot.Insights;

namespace CdsBot.Extensions;

internal static class InsightsExtensions
{
    /// <summary>The turn log's retention job and the dashboard's queries.</summary>
    public static void AddInsights(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TurnLogOptions>(builder.Configuration.GetSection("TurnLog"));
        builder.Services.AddSingleton<TurnLogRetention>();
        builder.Services.AddHostedService<TurnLogRetentionWorker>();
        builder.Services.AddSingleton<DashboardQueries>();
    }
}

using CdsBot.Dialogs.Rephrasing;
using CdsBot.Rephrasing;
using Microsoft.Extensions.Options;

namespace CdsBot.Extensions;

internal static class RephrasingExtensions
{
    /// <summary>Rephrasing by a model when Llm:Enabled and configured; otherwise none, and no call is ever made.</summary>
    public static void AddRephrasing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<LlmOptions>(builder.Configuration.GetSection("Llm"));
        services.AddSingleton<RephraseStats>();
        services.AddHostedService<RephraseStatsFlush>();
        services.AddSingleton<ChatModel>();
        services.AddSingleton<LlmRephraser>();
        services.AddSingleton<IAnswerRephraser>(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            if (!llm.Enabled)
            {
                return new NoRephraser();
            }

            if (!llm.IsConfigured)
            {
                sp.GetRequiredService<ILogger<LlmRephraser>>().LogWarning("Llm:Enabled is set but Llm:Endpoint or Llm:Deployment is missing; rephrasing stays off");
                return new NoRephraser();
            }

            return sp.GetRequiredService<LlmRephraser>();
        });
    }
}

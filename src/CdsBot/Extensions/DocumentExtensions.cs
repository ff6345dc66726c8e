using CdsBot.Documents;

namespace CdsBot.Extensions;

internal static class DocumentExtensions
{
    /// <summary>Reading the full texts of documents staff upload.</summary>
    public static void AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DocumentsOptions>(builder.Configuration.GetSection("Documents"));
        builder.Services.AddSingleton<DocumentTextExtractor>();
    }
}

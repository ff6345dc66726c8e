using CdsBot.Documents;
using CdsBot.Documents.Drafting;

namespace CdsBot.Extensions;

internal static class DocumentExtensions
{
    /// <summary>Reading the full texts of documents staff upload, and drafting question–answer pairs from them.</summary>
    public static void AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DocumentsOptions>(builder.Configuration.GetSection("Documents"));
        builder.Services.AddSingleton<DocumentTextExtractor>();
        builder.Services.AddSingleton<FaqDrafter>();
    }
}

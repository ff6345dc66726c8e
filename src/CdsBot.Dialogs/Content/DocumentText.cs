using System.Text;

namespace CdsBot.Dialogs.Content;

/// <summary>A document's full text in one form however it was stored: NFC, "\n" line ends, no outer blank space.</summary>
public static class DocumentText
{
    /// <summary>The normalized form of <paramref name="text"/>; normalizing twice changes nothing.</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}

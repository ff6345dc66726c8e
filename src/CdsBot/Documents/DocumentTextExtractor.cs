using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CdsBot.Documents;

/// <summary>
/// Reads the text of an uploaded .docx, .pdf or .txt file, or says in plain Vietnamese why it cannot: wrong type,
/// too large, empty, encrypted or scanned-only PDF, damaged file. The text comes back in NFC with "\n" line ends.
/// </summary>
public sealed partial class DocumentTextExtractor(IOptions<DocumentsOptions> options)
{
    public const string Docx = "docx", Pdf = "pdf", Txt = "txt";

    /// <summary>The format a file name says, or null for anything but .docx, .pdf and .txt.</summary>
    public static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" => Docx,
        ".pdf" => Pdf,
        ".txt" => Txt,
        _ => null,
    };

    /// <summary>The text of <paramref name="bytes"/>, read as its <paramref name="fileName"/>'s type says; throws <see cref="DocumentTextException"/>.</summary>
    public ExtractedText Extract(string fileName, byte[] bytes)
    {
        var format = FormatOf(fileName) ?? throw new DocumentTextException(DocumentTextError.WrongType(fileName));
        if (bytes.Length > options.Value.MaxUploadBytes)
        {
            throw new DocumentTextException(DocumentTextError.TooLarge(options.Value.MaxUploadMegabytes));
        }

        if (bytes.Length == 0)
        {
            throw new DocumentTextException(DocumentTextError.Empty());
        }

        var (raw, warnings) = format switch
        {
            Docx => (DocxText.Read(bytes), []),
            Pdf => PdfText.Read(bytes),
            _ => (PlainText.Read(bytes), (IReadOnlyList<string>)[]),
        };
        var text = Tidy(raw);
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new DocumentTextException(DocumentTextError.Empty());
        }

        return new ExtractedText(text, format, warnings);
    }

    /// <summary>NFC, "\n" line ends, no control characters, no trailing spaces, at most one blank line in a row.</summary>
    public static string Tidy(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var cleaned = new string([.. normalized.Where(c => c is '\n' or '\t' || !char.IsControl(c))]).Replace('\u00A0', ' ');
        var lines = cleaned.Split('\n').Select(l => l.TrimEnd());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n', ' ');
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

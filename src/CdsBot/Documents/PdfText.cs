using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace CdsBot.Documents;

/// <summary>
/// A PDF's text, page by page in reading order. A PDF that needs a password is refused as encrypted (one whose
/// password only restricts printing or copying opens without it and is read); one whose pages are only images, a scan,
/// is refused as scanned; scanned pages among text pages are skipped with a warning naming them.
/// </summary>
internal static class PdfText
{
    /// <summary>Below this many letters a page with an image counts as a scan (page numbers, a stamp's caption).</summary>
    private const int ScannedPageLetters = 20;

    public static (string Text, IReadOnlyList<string> Warnings) Read(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentTextException(DocumentTextError.Unreadable("PDF", "Tệp không phải là PDF."));
        }

        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = new List<string>();
            var scanned = new List<int>();
            foreach (var page in pdf.GetPages())
            {
                var letters = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                if (letters < ScannedPageLetters && HasImages(page))
                {
                    scanned.Add(page.Number);
                    continue;
                }

                pages.Add(ContentOrderTextExtractor.GetText(page, new ContentOrderTextExtractor.Options { SeparateParagraphsWithDoubleNewline = true }));
            }

            if (scanned.Count > 0 && pages.All(p => !p.Any(char.IsLetterOrDigit)))
            {
                throw new DocumentTextException(DocumentTextError.Scanned());
            }

            IReadOnlyList<string> warnings = scanned.Count == 0
                ? []
                : [$"Trang {string.Join(", ", scanned)} chỉ có hình ảnh (bản scan): nội dung các trang này không được đọc."];
            return (string.Join("\n\n", pages), warnings);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentTextException(DocumentTextError.Encrypted(), ex);
        }
        catch (Exception ex) when (ex is not DocumentTextException and not OutOfMemoryException)
        {
            // PdfPig reports damaged files with several exception types (format, argument, invalid operation…).
            throw new DocumentTextException(DocumentTextError.Unreadable("PDF"), ex);
        }
    }

    private static bool HasImages(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An image PdfPig cannot decode is still an image.
            return true;
        }
    }
}

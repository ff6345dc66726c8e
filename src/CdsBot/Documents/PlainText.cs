using System.Text;

namespace CdsBot.Documents;

/// <summary>A .txt file: UTF-8 (with or without a byte order mark), or UTF-16 with one (Notepad's "Unicode"); nothing else.</summary>
internal static class PlainText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        // A NUL byte never occurs in text; it marks a binary file (or UTF-16 without a byte order mark).
        if (Array.IndexOf(bytes, (byte)0, start) >= 0)
        {
            throw new DocumentTextException(DocumentTextError.NotText());
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentTextException(DocumentTextError.NotText(), ex);
        }
    }
}

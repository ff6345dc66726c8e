using System.Security.Cryptography;
using System.Text;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Checks X-Hub-Signature-256: "sha256=" + lowercase hex HMAC-SHA256 of the exact raw body, keyed with the app
/// secret. The legacy SHA-1 header is not accepted. The comparison takes the same time however much matches.
/// </summary>
public static class MessengerSignatureVerifier
{
    private const string Prefix = "sha256=";

    public static string Compute(ReadOnlySpan<byte> rawBody, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));

    public static bool IsValid(string? header, ReadOnlySpan<byte> rawBody, string appSecret)
    {
        if (string.IsNullOrWhiteSpace(header) || string.IsNullOrEmpty(appSecret) || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = Compute(rawBody, appSecret);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(header.Trim().ToLowerInvariant()), Encoding.ASCII.GetBytes(expected));
    }
}

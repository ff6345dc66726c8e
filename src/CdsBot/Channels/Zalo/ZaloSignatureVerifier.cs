using System.Security.Cryptography;
using System.Text;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Checks X-ZEvent-Signature: "mac=" + lowercase hex SHA-256 (a plain hash, not an HMAC) of
/// app_id + raw body + timestamp + OA secret key, app_id and timestamp as the body carries them.
/// The comparison takes the same time however many characters match.
/// </summary>
public static class ZaloSignatureVerifier
{
    public static string Compute(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        var prefix = Encoding.UTF8.GetBytes(appId);
        var suffix = Encoding.UTF8.GetBytes(timestamp + oaSecretKey);
        var input = new byte[prefix.Length + rawBody.Length + suffix.Length];
        prefix.CopyTo(input, 0);
        rawBody.CopyTo(input.AsSpan(prefix.Length));
        suffix.CopyTo(input, prefix.Length + rawBody.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    public static bool IsValid(string? header, string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        if (string.IsNullOrWhiteSpace(header) || string.IsNullOrEmpty(oaSecretKey))
        {
            return false;
        }

        var given = header.Trim();
        if (given.StartsWith("mac=", StringComparison.OrdinalIgnoreCase))
        {
            given = given[4..];
        }

        var expected = Compute(appId, rawBody, timestamp, oaSecretKey);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(given.ToLowerInvariant()),
            Encoding.ASCII.GetBytes(expected));
    }
}

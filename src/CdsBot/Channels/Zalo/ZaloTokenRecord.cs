namespace CdsBot.Channels.Zalo;

/// <summary>The live OA token pair (one row). The refresh token is single-use: it is replaced by every refresh.</summary>
public sealed class ZaloTokenRecord
{
    public int Id { get; set; } = 1;

    public required string AccessToken { get; set; }

    public required string RefreshToken { get; set; }

    public long ExpiresAtMs { get; set; }

    /// <summary>Incremented by every refresh; a refresh only replaces the version it read.</summary>
    public long Version { get; set; }

    /// <summary>Unix milliseconds until which one instance holds the right to refresh.</summary>
    public long RefreshLeaseUntilMs { get; set; }

    public string? RefreshLeaseOwner { get; set; }
}

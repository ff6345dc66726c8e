namespace CdsBot.Channels.Zalo;

/// <summary>An OA's live token pair (one row per OA). The refresh token is single-use: it is replaced by every refresh.</summary>
public sealed class ZaloTokenRecord
{
    /// <summary>The OA's <see cref="ZaloAccount.TokenKey"/>: "" for the default OA (the row kept from before there were several), else its OA id.</summary>
    public string Account { get; set; } = "";

    public required string AccessToken { get; set; }

    public required string RefreshToken { get; set; }

    public long ExpiresAtMs { get; set; }

    /// <summary>Incremented by every refresh; a refresh only replaces the version it read.</summary>
    public long Version { get; set; }

    /// <summary>Unix milliseconds until which one instance holds the right to refresh.</summary>
    public long RefreshLeaseUntilMs { get; set; }

    public string? RefreshLeaseOwner { get; set; }
}

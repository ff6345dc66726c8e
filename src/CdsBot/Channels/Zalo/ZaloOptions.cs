namespace CdsBot.Channels.Zalo;

/// <summary>
/// The Zalo Official Account channel (configuration section "Zalo", environment variables Zalo__*). The top-level
/// credentials are the default OA, on when AppId and OaSecretKey are set; <see cref="Accounts"/> adds more OAs. Off
/// when neither is set. Policy numbers are configuration: Zalo changes them.
/// </summary>
public sealed class ZaloOptions
{
    /// <summary>
    /// The default OA's id. Optional: when empty, the default OA answers every event no listed account claims (as a
    /// single OA always did); when set, an event for an OA that is neither it nor listed is refused.
    /// </summary>
    public string OaId { get; set; } = "";

    /// <summary>The default OA's name as staff know it.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The locality id (content/localities.yaml) this default OA serves: a question naming no place is read as asking about
    /// it. Empty for none.
    /// </summary>
    public string Locality { get; set; } = "";

    /// <summary>The topic ids (content/topics.yaml) whose items this default OA answers; empty for every topic.</summary>
    public string[] Topics { get; set; } = [];

    /// <summary>More OAs served by this deployment, each with its own credentials, tokens, reply windows and quota.</summary>
    public List<ZaloAccountOptions> Accounts { get; set; } = [];

    public string AppId { get; set; } = "";

    /// <summary>The app secret, sent as the secret_key header when refreshing tokens.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The OA secret key that signs webhook events (X-ZEvent-Signature).</summary>
    public string OaSecretKey { get; set; } = "";

    /// <summary>The first access token; afterwards the live pair is kept in the database.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The first refresh token (single use: each refresh returns a new one).</summary>
    public string RefreshToken { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Events whose timestamp is further than this from now are refused as replays.</summary>
    public int MaxEventAgeSeconds { get; set; } = 300;

    /// <summary>Longest text of one message; longer answers are split on paragraph and sentence boundaries.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Consultation replies are free within this many hours of the citizen's last message…</summary>
    public int ReplyWindowHours { get; set; } = 48;

    /// <summary>…and up to this many messages in that window.</summary>
    public int RepliesPerWindow { get; set; } = 8;

    /// <summary>Refresh the access token this long before it expires.</summary>
    public int TokenRefreshMarginSeconds { get; set; } = 600;

    /// <summary>Access token assumed valid this long when it came from configuration (Zalo's tokens live about 25 h).</summary>
    public int ConfiguredTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Send broadcasts to followers outside the reply window as promotion messages (needs an OA tier with a quota).</summary>
    public bool PromotionLaneEnabled { get; set; }

    /// <summary>Promotion messages the OA may send per calendar month (Vietnam time); depends on the OA's tier.</summary>
    public int PromotionMonthlyQuota { get; set; }

    public int SendRetries { get; set; } = 3;

    public int SendRetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>Zalo error codes meaning the access token is invalid or expired (refresh, retry once). Verify live.</summary>
    public int[] TokenErrorCodes { get; set; } = [-216, -124];

    /// <summary>Error codes meaning the user is outside the reply window or does not follow the OA (no retry). Verify live.</summary>
    public int[] UnreachableUserErrorCodes { get; set; } = [-213, -230, -232];

    /// <summary>Error codes meaning a rate or quota limit (back off and retry). Verify live.</summary>
    public int[] RateLimitErrorCodes { get; set; } = [-32, -240];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(OaSecretKey);
}

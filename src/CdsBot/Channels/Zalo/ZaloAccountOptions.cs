namespace CdsBot.Channels.Zalo;

/// <summary>
/// One more Official Account served by this deployment (Zalo__Accounts__0__OaId, …), beside the default OA of the
/// single-account keys. App id and app secret default to the top-level ones: one Zalo app may hold several OAs.
/// </summary>
public sealed class ZaloAccountOptions
{
    /// <summary>The OA's id: the oa_id (or recipient id) of its webhook events, and how campaigns and stored ids name it.</summary>
    public string OaId { get; set; } = "";

    /// <summary>The OA's name as staff know it ("Chính quyền số Thái Bình").</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The locality id (content/localities.yaml) this OA serves: a question naming no place is read as asking about
    /// it. Empty for none.
    /// </summary>
    public string Locality { get; set; } = "";

    /// <summary>The topic ids (content/topics.yaml) whose items this OA answers; empty for every topic.</summary>
    public string[] Topics { get; set; } = [];

    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";

    /// <summary>The OA secret key that signs this OA's webhook events.</summary>
    public string OaSecretKey { get; set; } = "";

    /// <summary>The first access token; afterwards the live pair is kept in the database, per OA.</summary>
    public string AccessToken { get; set; } = "";

    public string RefreshToken { get; set; } = "";

    /// <summary>Promotion messages this OA may send per month; the top-level value when unset.</summary>
    public int? PromotionMonthlyQuota { get; set; }
}

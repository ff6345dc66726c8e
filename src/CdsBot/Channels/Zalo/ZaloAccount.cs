using CdsBot.Dialogs.Activities;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// One OA as the channel uses it, its settings resolved. <see cref="Key"/> is null for the default OA (the
/// single-account keys) and the OA id otherwise: it prefixes the stored ids of the OA's citizens (<see cref="AccountAddress"/>)
/// and keys its token row.
/// </summary>
public sealed record ZaloAccount(string? Key, string? OaId, string Name, string AppId, string AppSecret, string OaSecretKey, string AccessToken, string RefreshToken, int PromotionMonthlyQuota)
{
    /// <summary>What the OA answers from: its locality and topics (Zalo__Locality, Zalo__Accounts__N__Topics…).</summary>
    public ContentScope Scope { get; init; } = ContentScope.All;

    /// <summary>How campaigns and staff name the account: its OA id, or "default" for a default OA configured without one.</summary>
    public string Id => OaId ?? ZaloAccounts.DefaultId;

    /// <summary>The token row's key: "" for the default OA (the row that predates several OAs).</summary>
    public string TokenKey => Key ?? "";

    public string StoredId(string platformId) => AccountAddress.Of(Key, platformId);
}

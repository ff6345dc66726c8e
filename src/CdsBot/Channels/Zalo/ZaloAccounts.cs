using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// The OAs this deployment serves: the default OA of the single-account keys (when configured) and those listed under
/// Zalo__Accounts. Routes a webhook event to its OA and a stored citizen id back to the OA that citizen wrote to.
/// </summary>
public sealed class ZaloAccounts
{
    /// <summary>How a default OA configured without an OA id is named.</summary>
    public const string DefaultId = AccountList<ZaloAccount>.DefaultId;

    private readonly AccountList<ZaloAccount> _accounts;

    public ZaloAccounts(IOptions<ZaloOptions> options)
    {
        var zalo = options.Value;
        var defaultAccount = zalo.IsConfigured
            ? new ZaloAccount(null, string.IsNullOrWhiteSpace(zalo.OaId) ? null : zalo.OaId, zalo.Name, zalo.AppId, zalo.AppSecret, zalo.OaSecretKey, zalo.AccessToken, zalo.RefreshToken, zalo.PromotionMonthlyQuota)
            {
                Scope = AccountScope.Of(zalo.Locality, zalo.Topics),
            }
            : null;
        _accounts = new(defaultAccount, defaultAccount?.OaId, "OA", "OaId", "Zalo__OaId");
        foreach (var (listed, index) in zalo.Accounts.Select((a, i) => (a, i)))
        {
            var key = $"Zalo__Accounts__{index}";
            if (string.IsNullOrWhiteSpace(listed.OaId) || string.IsNullOrWhiteSpace(listed.OaSecretKey))
            {
                throw new InvalidOperationException($"{key}: set OaId and OaSecretKey (the OA's id and the key that signs its webhook events).");
            }

            _accounts.Add(key, listed.OaId, new ZaloAccount(
                listed.OaId,
                listed.OaId,
                string.IsNullOrWhiteSpace(listed.Name) ? listed.OaId : listed.Name,
                string.IsNullOrWhiteSpace(listed.AppId) ? zalo.AppId : listed.AppId,
                string.IsNullOrWhiteSpace(listed.AppSecret) ? zalo.AppSecret : listed.AppSecret,
                listed.OaSecretKey,
                listed.AccessToken,
                listed.RefreshToken,
                listed.PromotionMonthlyQuota ?? zalo.PromotionMonthlyQuota)
            {
                Scope = AccountScope.Of(listed.Locality, listed.Topics),
            });
        }
    }

    /// <summary>The OA of the single-account keys, or null when only listed OAs are configured.</summary>
    public ZaloAccount? Default => _accounts.Default;

    /// <summary>Every OA served, the default first.</summary>
    public IEnumerable<ZaloAccount> All => _accounts.All;

    public bool Any => _accounts.Any;

    /// <summary>
    /// The OA an event is for, from the ids it may name (<see cref="ZaloEnvelope.OaIds"/>, first match wins): a listed
    /// OA, the default OA when it has that id or no id of its own, otherwise null (an OA this deployment does not serve).
    /// </summary>
    public ZaloAccount? ForEvent(IEnumerable<string> oaIds)
    {
        foreach (var oaId in oaIds)
        {
            if (_accounts.Listed(oaId) is { } listed)
            {
                return listed;
            }

            if (Default is not null && Default.OaId == oaId)
            {
                return Default;
            }
        }

        return Default is { OaId: null } ? Default : null;
    }

    /// <summary>The OA staff and campaigns name <paramref name="id"/> (<see cref="ZaloAccount.Id"/>).</summary>
    public ZaloAccount? Find(string id) => All.FirstOrDefault(a => a.Id == id);

    /// <summary>The OA a stored citizen id belongs to, and the citizen's id on Zalo; a null account when that OA is no longer configured.</summary>
    public (ZaloAccount? Account, string UserId) ForStoredId(string storedId) => _accounts.ForStoredId(storedId);
}

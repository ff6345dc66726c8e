namespace CdsBot.Channels;

/// <summary>
/// The accounts one channel serves from one deployment (Zalo OAs, Messenger Pages): the default account of the
/// single-account keys, when configured, and those listed under numbered keys, each listed once by its platform id.
/// Resolves a stored citizen id (<see cref="AccountAddress"/>) back to the account that citizen wrote to.
/// </summary>
/// <param name="defaultAccount">The default account, or null when only listed accounts are configured.</param>
/// <param name="defaultPlatformId">The default account's platform id, or null when it is configured without one.</param>
/// <param name="noun">What an account is called in settings errors ("OA", "Page").</param>
/// <param name="idSetting">The name of a listed account's id key ("OaId", "PageId").</param>
/// <param name="defaultIdSetting">The default account's id key ("Zalo__OaId", "Messenger__PageId").</param>
public sealed class AccountList<TAccount>(TAccount? defaultAccount, string? defaultPlatformId, string noun, string idSetting, string defaultIdSetting)
    where TAccount : class
{
    /// <summary>How a default account configured without a platform id is named.</summary>
    public const string DefaultId = "default";

    private readonly Dictionary<string, TAccount> _listed = [];

    /// <summary>The account of the single-account keys, or null when only listed accounts are configured.</summary>
    public TAccount? Default => defaultAccount;

    /// <summary>Every account served, the default first.</summary>
    public IEnumerable<TAccount> All => Default is null ? _listed.Values : _listed.Values.Prepend(Default);

    public bool Any => Default is not null || _listed.Count > 0;

    /// <summary>Lists <paramref name="account"/> under <paramref name="platformId"/>, refusing an id given twice (<paramref name="key"/> names its settings).</summary>
    public void Add(string key, string platformId, TAccount account)
    {
        if (platformId.Contains(':', StringComparison.Ordinal) || platformId == defaultPlatformId || platformId == DefaultId || _listed.ContainsKey(platformId))
        {
            throw new InvalidOperationException($"{key}__{idSetting}: '{platformId}' is used twice (or is the default {noun}'s, {defaultIdSetting}); give each {noun} once.");
        }

        _listed[platformId] = account;
    }

    /// <summary>The listed account with <paramref name="platformId"/>, or null.</summary>
    public TAccount? Listed(string platformId) => _listed.GetValueOrDefault(platformId);

    /// <summary>The account a stored citizen id belongs to, and the citizen's platform id; a null account when it is no longer configured.</summary>
    public (TAccount? Account, string PlatformId) ForStoredId(string storedId)
    {
        var address = AccountAddress.Parse(storedId);
        return address.Account is null ? (Default, address.PlatformId) : (Listed(address.Account), address.PlatformId);
    }
}

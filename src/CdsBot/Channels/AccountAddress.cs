namespace CdsBot.Channels;

/// <summary>
/// A citizen's id as the bot stores it when one deployment serves several Zalo OAs or Messenger Pages. Platform ids are
/// scoped to the account (a Zalo user id to its OA, a PSID to its Page), so the stored id names the account too:
/// "{account}:{platform id}" for a listed account, the bare platform id for the default account (the single-account
/// configuration keys), which is how every row written before there were several accounts reads. Everything keyed by
/// (channel, user) — conversations, reply windows, subscriptions, campaign ledgers, the outbox's ordering — is thereby
/// per account without a column of its own. Platform ids are digits, so the first ':' separates.
/// </summary>
public readonly record struct AccountAddress(string? Account, string PlatformId)
{
    /// <summary>The stored id of <paramref name="platformId"/> on <paramref name="account"/> (null: the default account).</summary>
    public static string Of(string? account, string platformId) => account is null ? platformId : $"{account}:{platformId}";

    public static AccountAddress Parse(string storedId)
    {
        var split = storedId.IndexOf(':', StringComparison.Ordinal);
        return split < 0 ? new(null, storedId) : new(storedId[..split], storedId[(split + 1)..]);
    }

    public override string ToString() => Of(Account, PlatformId);
}

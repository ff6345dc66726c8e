using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// The Pages this deployment serves: the default Page of the single-Page keys (when configured) and those listed under
/// Messenger__Pages. Routes a delivery's entries to their Page and a stored citizen id back to the Page that citizen wrote to.
/// </summary>
public sealed class MessengerPages
{
    /// <summary>How a default Page configured without a Page id is named.</summary>
    public const string DefaultId = AccountList<MessengerPage>.DefaultId;

    private readonly AccountList<MessengerPage> _pages;

    public MessengerPages(IOptions<MessengerOptions> options)
    {
        var messenger = options.Value;
        var defaultPage = messenger.IsConfigured
            ? new MessengerPage(null, string.IsNullOrWhiteSpace(messenger.PageId) ? null : messenger.PageId, messenger.Name, messenger.PageAccessToken, messenger.AppSecret, messenger.VerifyToken)
            {
                Scope = AccountScope.Of(messenger.Locality, messenger.Topics),
            }
            : null;
        _pages = new(defaultPage, defaultPage?.PageId, "Page", "PageId", "Messenger__PageId");
        foreach (var (listed, index) in messenger.Pages.Select((p, i) => (p, i)))
        {
            var key = $"Messenger__Pages__{index}";
            var secret = string.IsNullOrWhiteSpace(listed.AppSecret) ? messenger.AppSecret : listed.AppSecret;
            if (string.IsNullOrWhiteSpace(listed.PageId) || string.IsNullOrWhiteSpace(listed.PageAccessToken) || string.IsNullOrWhiteSpace(secret))
            {
                throw new InvalidOperationException($"{key}: set PageId and PageAccessToken, and AppSecret unless Messenger__AppSecret is the Page's app's.");
            }

            _pages.Add(key, listed.PageId, new MessengerPage(
                listed.PageId,
                listed.PageId,
                string.IsNullOrWhiteSpace(listed.Name) ? listed.PageId : listed.Name,
                listed.PageAccessToken,
                secret,
                string.IsNullOrWhiteSpace(listed.VerifyToken) ? messenger.VerifyToken : listed.VerifyToken)
            {
                Scope = AccountScope.Of(listed.Locality, listed.Topics),
            });
        }
    }

    /// <summary>The Page of the single-Page keys, or null when only listed Pages are configured.</summary>
    public MessengerPage? Default => _pages.Default;

    /// <summary>Every Page served, the default first.</summary>
    public IEnumerable<MessengerPage> All => _pages.All;

    public bool Any => _pages.Any;

    /// <summary>
    /// The Page an entry is for (its id): a listed Page, the default Page when it has that id or no id of its own,
    /// otherwise null (a Page this deployment does not serve).
    /// </summary>
    public MessengerPage? ForEntry(string? pageId) =>
        pageId is not null && _pages.Listed(pageId) is { } listed ? listed
        : Default is not null && (Default.PageId is null || Default.PageId == pageId) ? Default
        : null;

    /// <summary>The Page a stored citizen id belongs to, and the citizen's PSID; a null Page when it is no longer configured.</summary>
    public (MessengerPage? Page, string Psid) ForStoredId(string storedId) => _pages.ForStoredId(storedId);
}

using CdsBot.Dialogs.Activities;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// One Page as the channel uses it, its settings resolved. <see cref="Key"/> is null for the default Page (the
/// single-Page keys) and the Page id otherwise: it prefixes the stored ids of the Page's citizens (<see cref="AccountAddress"/>).
/// </summary>
public sealed record MessengerPage(string? Key, string? PageId, string Name, string PageAccessToken, string AppSecret, string VerifyToken)
{
    /// <summary>What the Page answers from: its locality and topics (Messenger__Locality, Messenger__Pages__N__Topics…).</summary>
    public ContentScope Scope { get; init; } = ContentScope.All;

    /// <summary>How campaigns and staff name the Page: its id, or "default" for a default Page configured without one.</summary>
    public string Id => PageId ?? MessengerPages.DefaultId;

    /// <summary>The Graph API node messages are sent from: the Page's id, or "me" (the token's Page).</summary>
    public string Path => PageId ?? "me";

    public string StoredId(string psid) => AccountAddress.Of(Key, psid);
}

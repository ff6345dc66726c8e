namespace CdsBot.Channels.Messenger;

/// <summary>
/// One more Facebook Page served by this deployment (Messenger__Pages__0__PageId, …), beside the default Page of the
/// single-Page keys. The app secret and verify token default to the top-level ones: one app may hold several Pages.
/// </summary>
public sealed class MessengerPageOptions
{
    /// <summary>The Page's id: the entry id of its webhook deliveries, and how campaigns and stored ids name it.</summary>
    public string PageId { get; set; } = "";

    /// <summary>The Page's name as staff know it ("Đoàn Thanh niên huyện Giồng Trôm").</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The locality id (content/localities.yaml) this Page serves: a question naming no place is read as asking about
    /// it. Empty for none.
    /// </summary>
    public string Locality { get; set; } = "";

    /// <summary>The topic ids (content/topics.yaml) whose items this Page answers; empty for every topic.</summary>
    public string[] Topics { get; set; } = [];

    public string PageAccessToken { get; set; } = "";

    /// <summary>The secret of the app the Page is subscribed through; it signs the Page's deliveries.</summary>
    public string AppSecret { get; set; } = "";

    public string VerifyToken { get; set; } = "";
}

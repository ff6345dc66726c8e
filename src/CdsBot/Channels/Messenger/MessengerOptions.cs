namespace CdsBot.Channels.Messenger;

/// <summary>
/// The Facebook Messenger channel (configuration section "Messenger", environment variables Messenger__*). The
/// top-level keys are the default Page, on when AppSecret, VerifyToken and PageAccessToken are set; <see cref="Pages"/>
/// adds more Pages. Off when neither is set. Policy numbers are configuration: Meta changes them.
/// </summary>
public sealed class MessengerOptions
{
    /// <summary>The default Page's name as staff know it.</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The locality id (content/localities.yaml) this default Page serves: a question naming no place is read as asking about
    /// it. Empty for none.
    /// </summary>
    public string Locality { get; set; } = "";

    /// <summary>The topic ids (content/topics.yaml) whose items this default Page answers; empty for every topic.</summary>
    public string[] Topics { get; set; } = [];

    /// <summary>More Pages served by this deployment, each with its own token and reply windows.</summary>
    public List<MessengerPageOptions> Pages { get; set; } = [];

    /// <summary>Signs webhook deliveries (X-Hub-Signature-256).</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The string typed in the App Dashboard for the subscription handshake.</summary>
    public string VerifyToken { get; set; } = "";

    public string PageAccessToken { get; set; } = "";

    /// <summary>
    /// The default Page's id; "me" (the token's Page) when empty. When empty the default Page also answers deliveries
    /// for Pages not listed (as a single Page always did); when set, those are refused.
    /// </summary>
    public string PageId { get; set; } = "";

    public string GraphApiBaseUrl { get; set; } = "https://graph.facebook.com";

    public string GraphApiVersion { get; set; } = "v25.0";

    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Messages and postbacks dated further than this from now are not answered (receipts still count). 24 h: a reply
    /// is allowed only within 24 hours of the person's message, and Meta retries a failed delivery for up to 36 hours,
    /// so anything older is a late retry or a replay, and answering it would break the messaging window.
    /// </summary>
    public int MaxEventAgeSeconds { get; set; } = 24 * 3600;

    /// <summary>Free-form messages may be sent this many hours after the person's last message.</summary>
    public int WindowHours { get; set; } = 24;

    /// <summary>Text must stay under 2,000 characters.</summary>
    public int MaxTextLength { get; set; } = 1999;

    public int MaxQuickReplies { get; set; } = 13;

    public int MaxQuickReplyTitle { get; set; } = 20;

    /// <summary>Send a typing_on indicator while an answer is prepared.</summary>
    public bool TypingIndicator { get; set; } = true;

    public int SendRetries { get; set; } = 3;

    public int SendRetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Longest back-off taken from Meta's rate-limit headers before giving the message back to the relay.</summary>
    public int MaxRateLimitDelaySeconds { get; set; } = 60;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerifyToken) && !string.IsNullOrWhiteSpace(PageAccessToken);
}

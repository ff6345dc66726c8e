namespace CdsBot.Channels.WebChat;

/// <summary>Limits of the web chat endpoints (configuration section "WebChat").</summary>
public sealed class WebChatOptions
{
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    public int MaxIdLength { get; set; } = 128;

    public int MaxTextLength { get; set; } = 2000;

    public int MaxPayloadLength { get; set; } = 1000;

    /// <summary>How long a page's conversation (its cookie and the history shown on return) is kept.</summary>
    public int HistoryDays { get; set; } = 30;

    /// <summary>The most recent messages shown on return.</summary>
    public int HistoryMessages { get; set; } = 200;

    /// <summary>How often an open page's stream looks for messages another instance wrote.</summary>
    public int StreamPollMilliseconds { get; set; } = 2000;
}

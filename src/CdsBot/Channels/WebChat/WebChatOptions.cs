namespace CdsBot.Channels.WebChat;

/// <summary>Limits of the web chat endpoint (configuration section "WebChat").</summary>
public sealed class WebChatOptions
{
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    public int MaxIdLength { get; set; } = 128;

    public int MaxTextLength { get; set; } = 2000;

    public int MaxPayloadLength { get; set; } = 1000;
}

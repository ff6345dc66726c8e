namespace CdsBot.Broadcasts;

/// <summary>Messages a channel sent in one second, counted across every instance so a Page's rate holds however many run.</summary>
public sealed class SendWindowRecord
{
    public required string Channel { get; set; }

    /// <summary>Unix seconds.</summary>
    public long Second { get; set; }

    public int Count { get; set; }
}

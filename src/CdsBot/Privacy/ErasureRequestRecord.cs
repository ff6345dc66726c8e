namespace CdsBot.Privacy;

/// <summary>A citizen's request to erase their data, waiting for the reply that confirms it to be sent; removed when carried out.</summary>
public sealed class ErasureRequestRecord
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>When it was asked for, in Unix milliseconds (compared in SQL).</summary>
    public long RequestedAtMs { get; set; }
}

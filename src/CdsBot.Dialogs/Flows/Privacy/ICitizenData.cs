namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>What is kept about a citizen (one channel identity), and erasing it on their request (Decree 13/2023/NĐ-CP).</summary>
public interface ICitizenData
{
    /// <summary>What is kept about <paramref name="userId"/> on <paramref name="channel"/>, counted by kind.</summary>
    Task<CitizenDataSummary> DescribeAsync(string channel, string userId, string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Files the request to erase everything tied to this identity. It is carried out once the reply that confirms it
    /// has been sent, so the erasure also takes the messages that asked for it.
    /// </summary>
    Task RequestErasureAsync(string channel, string userId, string conversationId, CancellationToken cancellationToken);
}

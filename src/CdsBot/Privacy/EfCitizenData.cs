using CdsBot.Dialogs.Flows.Privacy;

namespace CdsBot.Privacy;

/// <summary>The privacy flow's view of <see cref="CitizenErasure"/>.</summary>
public sealed class EfCitizenData(CitizenErasure erasure) : ICitizenData
{
    public async Task<CitizenDataSummary> DescribeAsync(string channel, string userId, string conversationId, CancellationToken cancellationToken) =>
        await erasure.DescribeAsync(await erasure.IdentifyAsync(channel, userId, conversationId, cancellationToken), cancellationToken);

    public Task RequestErasureAsync(string channel, string userId, string conversationId, CancellationToken cancellationToken) =>
        erasure.RequestAsync(channel, userId, conversationId, cancellationToken);
}

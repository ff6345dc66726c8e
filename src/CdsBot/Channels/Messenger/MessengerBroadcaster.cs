using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Messenger's only free broadcast lane: inside the 24-hour window, messaging_type UPDATE. Outside it no tag fits a
/// public announcement (the reference, §6.7), so the message is deferred to the person's next message.
/// </summary>
public sealed class MessengerBroadcaster(MessengerUsers users, MessengerPages pages, MessengerSender sender) : IBroadcastChannel
{
    public string Channel => MessengerWebhookApi.Channel;

    public async Task<IReadOnlyList<LaneChoice>> ChooseLanesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var windows = await users.WindowsAsync(userIds, cancellationToken);
        return [.. userIds.Select(id => windows[id] switch
        {
            { WhyNot: { } why } => LaneChoice.None(why),
            var open => LaneChoice.Open(DeliveryLanes.MessengerUpdate) with { OpenUntilMs = open.OpenUntilMs },
        })];
    }

    /// <summary>Sends inside the window the lane was chosen in, which is not read again before each part while it lasts (<see cref="LaneChoice.OpenUntilMs"/>).</summary>
    public Task<SendOutcome> SendAsync(string userId, LaneChoice lane, OutboundActivity message, int partsAlreadySent, CancellationToken cancellationToken) =>
        lane.Lane == DeliveryLanes.MessengerUpdate
            ? sender.SendAsync(userId, message, partsAlreadySent, "UPDATE", null, cancellationToken, lane.OpenUntilMs)
            : Task.FromResult(SendOutcome.Permanent($"Messenger has no lane '{lane.Lane}'."));

    public Task<LaneChoice> ReserveAsync(string userId, LaneChoice chosen, CancellationToken cancellationToken) => Task.FromResult(chosen);

    public Task ReleaseAsync(string userId, string lane, CancellationToken cancellationToken) => Task.CompletedTask;

    public string? AccountOf(string userId) => pages.ForStoredId(userId).Page?.Id;

    public IReadOnlyList<BroadcastAccount> Accounts => [.. pages.All.Select(p => new BroadcastAccount(Channel, p.Id, p.Name))];

    public async Task<IReadOnlyDictionary<string, long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken) =>
        await db.MessengerUsers.AsNoTracking().ToDictionaryAsync(u => u.Psid, u => u.LastInboundMs, cancellationToken);
}

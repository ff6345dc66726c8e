using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Storage;

namespace CdsBot.Broadcasts;

/// <summary>A channel's half of broadcasting: which lane its policy allows for a citizen now, and sending through it.</summary>
public interface IBroadcastChannel
{
    string Channel { get; }

    /// <summary>
    /// The lane the channel's policy allows now for each of <paramref name="userIds"/> (one choice per entry, in order; a
    /// citizen may appear twice, once per campaign), decided from what the bot recorded (never by trying a send) in one
    /// read for them all. A null lane means none: the message is deferred. A lane that counts against a quota is only
    /// chosen here, not yet reserved (<see cref="ReserveAsync"/>), and the sender checks the citizen's window again right
    /// before each part it sends, unless the choice says until when the window it read stays open
    /// (<see cref="LaneChoice.OpenUntilMs"/>).
    /// </summary>
    Task<IReadOnlyList<LaneChoice>> ChooseLanesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken);

    /// <summary>
    /// Right before the send, reserves what <paramref name="chosen"/> counts (a monthly quota): the lane, or none with why
    /// when the quota is used. A lane that counts nothing is returned as it is.
    /// </summary>
    Task<LaneChoice> ReserveAsync(string userId, LaneChoice chosen, CancellationToken cancellationToken);

    /// <summary>
    /// Sends <paramref name="message"/> through the open <paramref name="lane"/> (as chosen and reserved), skipping parts an
    /// earlier attempt sent.
    /// </summary>
    Task<SendOutcome> SendAsync(string userId, LaneChoice lane, OutboundActivity message, int partsAlreadySent, CancellationToken cancellationToken);

    /// <summary>Gives back what <see cref="ReserveAsync"/> reserved for <paramref name="userId"/> when the message did not go out.</summary>
    Task ReleaseAsync(string userId, string lane, CancellationToken cancellationToken);

    /// <summary>
    /// The account (Zalo OA, Messenger Page) that reaches <paramref name="userId"/>, as campaigns name it; null on a
    /// channel without accounts. Campaigns limited to some accounts reach only their citizens, and each account has its
    /// own send rate.
    /// </summary>
    string? AccountOf(string userId);

    /// <summary>The accounts the channel sends from; none on a channel without accounts (web chat).</summary>
    IReadOnlyList<BroadcastAccount> Accounts { get; }

    /// <summary>When each citizen last wrote on the channel (Unix milliseconds, by user id), for audiences chosen by activity.</summary>
    Task<IReadOnlyDictionary<string, long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken);
}

/// <summary>The lane chosen, or why none is open.</summary>
public sealed record LaneChoice(string? Lane, string? Reason)
{
    /// <summary>
    /// When the read that chose the lane found the citizen's window open: when that window closes (Unix milliseconds).
    /// A window only lengthens (a later message from the citizen moves its end on), so until then the sender need not
    /// read it again before each part; null when the lane rests on no such window.
    /// </summary>
    public long? OpenUntilMs { get; init; }

    public static LaneChoice Open(string lane) => new(lane, null);

    public static LaneChoice None(string reason) => new(null, reason);
}

using System.Globalization;

namespace CdsBot.Bench.Scaleout;

/// <summary>
/// Ties every message the channel stand-in accepted to the outbound row (and so the inbox event) it delivered, then
/// sorts the acknowledged events: answered exactly once, in doubt (a reply marked unknown), answered twice or more, not
/// answered.
/// </summary>
/// <remarks>
/// A Messenger message carries its row in message.metadata ("cdsbot:outbound:{row}:{part}"), so it is tied exactly. A
/// Zalo message carries nothing of ours; it is tied by its recipient and place: the relay sends a citizen's rows one
/// after another in id order (the next only once the previous is settled), each row's parts in a run, and records the
/// id the stand-in answered for the row's last part. So, per recipient, the messages up to the one a sent row recorded
/// are that row's parts; messages the stand-in accepted before it beyond its parts belong to the unknown row before
/// it, if there is one, and are otherwise a second copy (counted on this row). Messages after the citizen's last
/// recorded one go to a trailing unknown row, or else count as copies of the last sent row.
/// </remarks>
internal sealed class ReplyTally
{
    private readonly Dictionary<long, int> _received = [];

    private ReplyTally()
    {
    }

    /// <summary>Stand-in messages that no row explains (neither a part nor a copy of a known reply).</summary>
    public int Unattributed { get; private set; }

    /// <summary>Sent rows whose recorded platform message id the stand-in never gave out.</summary>
    public int RecordedButNotReceived { get; private set; }

    public int Received(long replyId) => _received.GetValueOrDefault(replyId);

    public static ReplyTally Of(IReadOnlyCollection<StandInMessage> messages, IReadOnlyList<StoredReply> replies)
    {
        var tally = new ReplyTally();
        var byId = replies.ToDictionary(r => r.Id);
        foreach (var message in messages.Where(m => m.Channel == "messenger"))
        {
            if (ReplyIdOf(message.Metadata) is { } id && byId.ContainsKey(id))
            {
                tally.Add(id, 1);
            }
            else
            {
                tally.Unattributed++;
            }
        }

        var zaloMessages = messages.Where(m => m.Channel == "zalo").GroupBy(m => m.RecipientId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Order).ToList());
        var zaloReplies = replies.Where(r => r.Channel == "zalo").GroupBy(r => r.RecipientId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).ToList());
        foreach (var (recipient, received) in zaloMessages)
        {
            tally.WalkRecipient(received, zaloReplies.GetValueOrDefault(recipient) ?? []);
        }

        var messengerIds = messages.Where(m => m.Channel == "messenger").Select(m => m.MessageId).ToHashSet();
        tally.RecordedButNotReceived += replies.Count(r => r.Channel == "messenger" && r.Status == "sent" && !messengerIds.Contains(r.PlatformMessageId ?? ""));

        return tally;
    }

    private void WalkRecipient(List<StandInMessage> received, List<StoredReply> rows)
    {
        var next = 0;
        StoredReply? unknownBefore = null;
        StoredReply? lastSent = null;
        foreach (var row in rows)
        {
            if (row.Status == "unknown")
            {
                unknownBefore = row;
                continue;
            }

            if (row.Status != "sent")
            {
                continue;
            }

            var recorded = received.FindIndex(next, m => m.MessageId == row.PlatformMessageId);
            if (recorded < 0)
            {
                RecordedButNotReceived++;
                continue;
            }

            var first = Math.Max(next, recorded - row.PartsSent + 1);
            if (first > next)
            {
                Add(unknownBefore?.Id ?? row.Id, first - next);
            }

            Add(row.Id, recorded - first + 1);
            next = recorded + 1;
            unknownBefore = null;
            lastSent = row;
        }

        var trailing = received.Count - next;
        if (trailing > 0)
        {
            if ((unknownBefore ?? lastSent) is { } owner)
            {
                Add(owner.Id, trailing);
            }
            else
            {
                Unattributed += trailing;
            }
        }
    }

    private void Add(long replyId, int count) => _received[replyId] = _received.GetValueOrDefault(replyId) + count;

    /// <summary>The row id in Messenger metadata "cdsbot:outbound:{row}:{part}".</summary>
    private static long? ReplyIdOf(string? metadata) =>
        metadata?.Split(':') is ["cdsbot", "outbound", var id, _] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var replyId) ? replyId : null;
}

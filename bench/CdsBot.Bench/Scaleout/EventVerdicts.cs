namespace CdsBot.Bench.Scaleout;

/// <summary>
/// The acknowledged events sorted by what became of them, against the rule of issue #18: every acknowledged event is
/// answered exactly once, or its reply is marked unknown (in doubt).
/// </summary>
internal sealed class EventVerdicts
{
    public int ExactlyOnce { get; private set; }

    /// <summary>At least one of the event's replies is marked unknown; whatever arrived, that is allowed and counted.</summary>
    public int InDoubt { get; private set; }

    /// <summary>Of those in doubt, how many had a message of each reply in doubt reach the stand-in after all.</summary>
    public int InDoubtArrived { get; private set; }

    public int TwiceOrMore { get; private set; }

    public int NotAnswered { get; private set; }

    /// <summary>Acknowledged, yet not in the inbox: the acknowledgement came before the event was durable.</summary>
    public int NotStored { get; private set; }

    /// <summary>Acknowledged events by how many platform messages reached the stand-in for them.</summary>
    public SortedDictionary<int, int> MessagesPerEvent { get; } = [];

    /// <summary>Acknowledged events by how many replies (outbound rows) their turn wrote.</summary>
    public SortedDictionary<int, int> RepliesPerEvent { get; } = [];

    public static EventVerdicts Of(IEnumerable<SentEvent> acknowledged, Dictionary<(string, string), StoredEvent> events, IReadOnlyList<StoredReply> replies, ReplyTally tally)
    {
        var verdicts = new EventVerdicts();
        var repliesByEvent = replies.GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var sent in acknowledged)
        {
            if (!events.TryGetValue((sent.Channel, sent.MessageId), out var stored))
            {
                verdicts.NotStored++;
                verdicts.NotAnswered++;
                continue;
            }

            var rows = repliesByEvent.GetValueOrDefault(stored.Id) ?? [];
            Count(verdicts.RepliesPerEvent, rows.Count);
            Count(verdicts.MessagesPerEvent, rows.Sum(r => tally.Received(r.Id)));
            if (rows.Any(r => r.Status == "sent" && tally.Received(r.Id) > r.PartsSent))
            {
                verdicts.TwiceOrMore++;
            }
            else if (rows.Any(r => r.Status == "unknown"))
            {
                verdicts.InDoubt++;
                if (rows.All(r => r.Status == "sent" || tally.Received(r.Id) > 0))
                {
                    verdicts.InDoubtArrived++;
                }
            }
            else if (stored.Status == "done" && rows.Count > 0 && rows.All(r => r.Status == "sent" && r.PartsSent > 0 && tally.Received(r.Id) == r.PartsSent))
            {
                verdicts.ExactlyOnce++;
            }
            else
            {
                verdicts.NotAnswered++;
            }
        }

        return verdicts;
    }

    private static void Count(SortedDictionary<int, int> histogram, int key) => histogram[key] = histogram.GetValueOrDefault(key) + 1;
}

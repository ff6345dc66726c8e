namespace CdsBot.Contests;

/// <summary>A round of a contest: open between its start and end; a citizen (one channel identity) has one attempt in it.</summary>
public sealed class ContestRoundRecord
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }
}

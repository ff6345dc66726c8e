namespace CdsBot.Rephrasing;

/// <summary>One of the rephrasing counts (<see cref="RephraseStats"/>), added up over every instance.</summary>
public sealed class RephraseCountRecord
{
    public required string Name { get; set; }

    public long Count { get; set; }
}

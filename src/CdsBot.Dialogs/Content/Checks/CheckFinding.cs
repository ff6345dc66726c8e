namespace CdsBot.Dialogs.Content.Checks;

/// <summary>One thing a reviewer should look at in an item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Rule">The rule that found it: <see cref="SourceConsistencyRule.Name"/> or <see cref="ToneRule.Name"/>.</param>
/// <param name="Fact">The offending fact or wording as the answer writes it ("15/6", "Được.").</param>
/// <param name="Key">
/// What an exception names to accept it: a fact's comparable key (<see cref="Fact.Key"/>), or for tone the rule's
/// aspect ("opening", "first-paragraph", "diacritics", "address").
/// </param>
/// <param name="Message">What is wrong, for an editor: "fact «15/6» not found in 96/KH-UBND".</param>
public sealed record CheckFinding(string ItemId, string Rule, string Fact, string Key, string Message)
{
    /// <summary>What <see cref="ItemId"/> names: an item, a guide or a lesson (<see cref="CheckedKind"/>).</summary>
    public string Kind { get; init; } = CheckedKind.Item;

    /// <summary>The item's file, relative to the content folder, when known.</summary>
    public string? File { get; init; }

    /// <summary>The item's line in <see cref="File"/>, when known.</summary>
    public int Line { get; init; }

    /// <summary>"faq/x.yaml:12 item-id: message", "guides/x.yaml:20 guide x: step 'y': message".</summary>
    public override string ToString()
    {
        var owner = Kind == CheckedKind.Item ? ItemId : $"{Kind} {ItemId}";
        return File is null ? $"{owner}: {Message}" : $"{File}:{Line} {owner}: {Message}";
    }
}

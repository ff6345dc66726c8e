namespace CdsBot.Admin.Items;

/// <summary>One field that differs between two versions.</summary>
public sealed record ItemChange(string Field, string? Before, string? After)
{
    public static IReadOnlyList<ItemChange> Between(ItemContent? before, ItemContent after)
    {
        var fields = new (string Name, Func<ItemContent, string?> Read)[]
        {
            ("topic", c => c.Topic), ("locality", c => c.Locality), ("question", c => c.Question),
            ("variants", c => string.Join("\n", c.Variants)), ("answer", c => c.Answer),
            ("sources", c => string.Join(", ", c.Sources)), ("links", c => string.Join("\n", c.Links.Select(l => $"{l.Title} {l.Url}"))),
            ("followUps", c => string.Join(", ", c.FollowUps)), ("tags", c => string.Join(", ", c.Tags)),
            ("validFrom", c => c.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("validTo", c => c.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("series", c => c.Series),
            ("periodFrom", c => c.PeriodFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("periodTo", c => c.PeriodTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("verbatim", c => c.Verbatim ? "true" : "false"),
        };
        return [.. fields
            .Select(f => new ItemChange(f.Name, before is null ? null : f.Read(before), f.Read(after)))
            .Where(c => c.Before != c.After)];
    }
}

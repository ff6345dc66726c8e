namespace CdsBot.Dialogs.Activities;

/// <summary>
/// What the account a citizen wrote to answers from, when one deployment serves several: a province's OA reads a
/// question that names no place as asking about its province, and a youth-union Page may answer only its topics.
/// </summary>
/// <param name="Locality">The locality id (content/localities.yaml) a question naming none is read as naming; null for none.</param>
/// <param name="Topics">The topic ids whose items may be answered; empty for every topic.</param>
public sealed record ContentScope(string? Locality, IReadOnlyList<string> Topics)
{
    /// <summary>No default locality, every topic: the scope of an account configured with neither.</summary>
    public static ContentScope All { get; } = new(null, []);

    /// <summary>
    /// The locality the conversation is about (the last answer's), for a question naming none: its items and national
    /// ones count fully, other localities' are set back as if the question had named it; unlike
    /// <see cref="Locality"/>, its items are not preferred over national ones. Takes the place of <see cref="Locality"/>.
    /// </summary>
    public string? Talked { get; init; }

    /// <summary>Whether an item of <paramref name="topic"/> may be answered.</summary>
    public bool Allows(string topic) => Topics.Count == 0 || Topics.Contains(topic, StringComparer.Ordinal);
}

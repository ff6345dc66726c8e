namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>A phrase found in a message: what it means and the tokens it covers, <paramref name="Start"/> inclusive, <paramref name="End"/> exclusive.</summary>
internal readonly record struct ConceptHit(Concept Concepts, int Start, int End)
{
    /// <summary>Whether the phrase means any of <paramref name="concepts"/>.</summary>
    public bool Is(Concept concepts) => (Concepts & concepts) != 0;
}

namespace CdsBot.Dialogs.State;

/// <summary>The item the bot last answered in a conversation, so a follow-up question ("ai ký?", "làm ở đâu?") can be read against it.</summary>
/// <param name="ItemId">The answered item.</param>
/// <param name="At">When it was answered.</param>
public sealed record AnswerContext(string ItemId, DateTimeOffset At)
{
    /// <summary>
    /// The citizen's question the item answered, as understood ("Trà Vinh có văn bản gì về cds" for "thế còn Trà Vinh?"
    /// after the same of Bến Tre), so "còn Lào Cai thì sao" asks it again of another place; null when not known (a button
    /// pressed, a follow-up read against the answer before).
    /// </summary>
    public string? Question { get; init; }

    /// <summary>
    /// Whether the item was only the first of the choices offered for an unclear question, not answered: what the citizen
    /// was most likely asking about, which a follow-up is read against, but not an answer given that one can be told again.
    /// </summary>
    public bool Offered { get; init; }

    /// <summary>The ids of all the items a clarifying question offered (<see cref="ItemId"/> first); empty after an answer.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}

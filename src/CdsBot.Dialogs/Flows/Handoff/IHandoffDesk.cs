namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>Where hand-off requests go for staff to pick up.</summary>
public interface IHandoffDesk
{
    /// <summary>
    /// Files <paramref name="request"/>. Idempotent per (channel, conversation, turn number): a turn run again
    /// after a state conflict files nothing twice.
    /// </summary>
    Task OpenAsync(HandoffRequest request, CancellationToken cancellationToken);

    /// <summary>The open request of this conversation, if staff have one; while it is open the bot stays quiet.</summary>
    Task<long?> OpenRequestAsync(string channel, string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds what the citizen wrote to the open request's thread (idempotent per conversation turn).</summary>
    Task AppendAsync(long requestId, string text, int turnNumber, CancellationToken cancellationToken);

    /// <summary>The citizen went back to the bot ("menu", "hủy"): the request is closed.</summary>
    Task CloseByCitizenAsync(long requestId, CancellationToken cancellationToken);
}

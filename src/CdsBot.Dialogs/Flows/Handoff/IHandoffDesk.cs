namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>Where hand-off requests go for staff to pick up.</summary>
public interface IHandoffDesk
{
    /// <summary>
    /// Files <paramref name="request"/>. Idempotent per (channel, conversation, turn number): a turn run again
    /// after a state conflict files nothing twice.
    /// </summary>
    Task OpenAsync(HandoffRequest request, CancellationToken cancellationToken);
}

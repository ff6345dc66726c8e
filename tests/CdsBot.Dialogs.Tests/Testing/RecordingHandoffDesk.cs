using CdsBot.Dialogs.Flows.Handoff;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>Keeps filed hand-off requests in a list, idempotent on (channel, conversation, turn) like the real desk.</summary>
internal sealed class RecordingHandoffDesk : IHandoffDesk
{
    public List<HandoffRequest> Requests { get; } = [];

    public Task OpenAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        if (!Requests.Any(r => r.Channel == request.Channel && r.ConversationId == request.ConversationId && r.TurnNumber == request.TurnNumber))
        {
            Requests.Add(request);
        }

        return Task.CompletedTask;
    }
}

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

    public List<(long Request, string Text)> Appended { get; } = [];

    public HashSet<long> Closed { get; } = [];

    public Task<long?> OpenRequestAsync(string channel, string conversationId, CancellationToken cancellationToken)
    {
        var index = Requests.FindLastIndex(r => r.Channel == channel && r.ConversationId == conversationId);
        return Task.FromResult(index >= 0 && !Closed.Contains(index) ? (long?)index : null);
    }

    public Task AppendAsync(long requestId, string text, int turnNumber, CancellationToken cancellationToken)
    {
        Appended.Add((requestId, text));
        return Task.CompletedTask;
    }

    public Task CloseByCitizenAsync(long requestId, CancellationToken cancellationToken)
    {
        Closed.Add(requestId);
        return Task.CompletedTask;
    }
}

using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The web chat's half of inbound processing. A web turn is normally run by the request that stored it
/// (<see cref="WebChatTurns"/>); the inbox worker reads the stored event here only when that request died mid-turn.
/// </summary>
public sealed class WebChatInbound : IInboundChannel
{
    public string Channel => WebChatApi.Channel;

    public Task<InboundEvent?> ReadAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
    {
        var request = Read(inboxEvent.Body) ?? throw new UnreadableEventException("The stored web chat message is not a chat request.");
        return Task.FromResult<InboundEvent?>(new InboundEvent(ToActivity(request, inboxEvent.ReceivedAt, inboxEvent.ChannelMessageId)));
    }

    public static ChatRequest? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ChatRequest>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static InboundActivity ToActivity(ChatRequest request, DateTimeOffset at, string messageId) => new()
    {
        Channel = WebChatApi.Channel,
        MessageId = messageId,
        ConversationId = request.ConversationId!,
        UserId = request.UserId!,
        Text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim(),
        Payload = string.IsNullOrWhiteSpace(request.Payload) ? null : request.Payload.Trim(),
        Timestamp = at,
    };
}

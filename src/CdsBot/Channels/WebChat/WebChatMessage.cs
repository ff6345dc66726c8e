namespace CdsBot.Channels.WebChat;

/// <summary>
/// One message of a web conversation as the page shows it: what the citizen wrote (<see cref="From"/> "citizen",
/// <see cref="Text"/>) or what the bot, staff or a campaign sent ("bot", <see cref="Reply"/>, <see cref="Id"/> the outbox
/// row, which orders the stream).
/// </summary>
public sealed record WebChatMessage(long Id, string From, string? Text, ChatReply? Reply, DateTimeOffset At);

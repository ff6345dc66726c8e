namespace CdsBot.Broadcasts;

/// <summary>An account a channel sends from (a Zalo OA, a Messenger Page), as campaigns name it (<see cref="Id"/>) and staff know it.</summary>
public sealed record BroadcastAccount(string Channel, string Id, string Name);

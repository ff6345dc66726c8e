namespace CdsBot.Bench.Scaleout;

/// <summary>
/// When the host was killed (since the first request), how many events were acknowledged and replies received by then,
/// and the wall clock just before the kill and once the process was gone (Unix milliseconds).
/// </summary>
internal sealed record KillMark(TimeSpan At, int Acknowledged, int Replies, long StartedMs, long DoneMs);

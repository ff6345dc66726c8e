namespace CdsBot.Bench.Scaleout;

/// <summary>When the host was killed (since the first request), and how many events were acknowledged and replies received by then.</summary>
internal sealed record KillMark(TimeSpan At, int Acknowledged, int Replies);

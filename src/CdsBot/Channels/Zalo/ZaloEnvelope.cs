namespace CdsBot.Channels.Zalo;

/// <summary>What a webhook body says before its signature is checked: the signed timestamp and the OA ids it may be for.</summary>
public sealed record ZaloEnvelope(string Timestamp, IReadOnlyList<string> OaIds);

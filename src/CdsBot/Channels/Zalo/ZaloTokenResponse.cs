namespace CdsBot.Channels.Zalo;

/// <summary>A refreshed token pair.</summary>
public sealed record ZaloTokenResponse(string AccessToken, string RefreshToken, long ExpiresInSeconds);

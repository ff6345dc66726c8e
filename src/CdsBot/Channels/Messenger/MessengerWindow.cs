namespace CdsBot.Channels.Messenger;

/// <summary>Whether a person may be sent a free-form message now, as one read of their record found it.</summary>
/// <param name="WhyNot">Why not; null when they may.</param>
/// <param name="OpenUntilMs">When they may: when their 24-hour window closes (Unix milliseconds), unless they write again.</param>
public sealed record MessengerWindow(string? WhyNot, long? OpenUntilMs);

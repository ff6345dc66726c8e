using System.Collections.Concurrent;

namespace CdsBot.Observability;

/// <summary>
/// Whether each channel's platform token last worked: a channel is reported from the moment its platform refuses the
/// token (a failed Zalo refresh, a Graph 190) until the token works again.
/// </summary>
public sealed class ChannelTokenHealth
{
    private readonly ConcurrentDictionary<string, string> _problems = new();

    public void Failed(string channel, string reason) => _problems[channel] = reason;

    public void Worked(string channel) => _problems.TryRemove(channel, out _);

    /// <summary>The channels whose token does not work now, with why.</summary>
    public IReadOnlyDictionary<string, string> Problems => _problems;
}

namespace CdsBot.Bench.Scaleout;

/// <summary>One webhook event the bench sent through the proxy, and whether it was acknowledged (2xx).</summary>
/// <param name="Outcome">The HTTP status the proxy answered, or 0 when the request failed without one.</param>
internal sealed record SentEvent(string Channel, string MessageId, string RecipientId, int Outcome)
{
    public bool Acknowledged => Outcome is >= 200 and < 300;
}

namespace CdsBot.Tests.Fixtures;

/// <summary>Waits for background work (the inbox worker) to reach a state, within a bound.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, int timeoutMilliseconds = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutMilliseconds} ms waiting for: {what}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits for <paramref name="condition"/>, asked again every 50 ms, to hold; fails naming <paramref name="what"/> after the timeout.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int timeoutMilliseconds = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutMilliseconds} ms waiting for: {what}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Lets background work run a little longer, to catch anything (a duplicate send) that should not happen.</summary>
    public static Task SettleAsync() => Task.Delay(600);
}

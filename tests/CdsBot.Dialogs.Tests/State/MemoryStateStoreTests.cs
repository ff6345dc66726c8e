using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Tests.State;

public sealed class MemoryStateStoreTests
{
    private readonly MemoryStateStore _store = new();

    [Fact]
    public async Task A_write_naming_a_stale_etag_is_refused_and_writes_nothing()
    {
        var first = await _store.WriteAsync([new StateWrite("a", "1", null), new StateWrite("b", "1", null)], CancellationToken.None);
        await _store.WriteAsync([new StateWrite("a", "2", first["a"])], CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() =>
            _store.WriteAsync([new StateWrite("b", "3", first["b"]), new StateWrite("a", "3", first["a"])], CancellationToken.None));

        Assert.Equal("a", conflict.Key);
        var now = await _store.ReadAsync(["a", "b"], CancellationToken.None);
        Assert.Equal("2", now["a"].Json);
        Assert.Equal("1", now["b"].Json);
    }

    [Fact]
    public async Task Creating_a_key_that_appeared_meanwhile_is_a_conflict()
    {
        await _store.WriteAsync([new StateWrite("a", "1", null)], CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() => _store.WriteAsync([new StateWrite("a", "2", null)], CancellationToken.None));
    }
}

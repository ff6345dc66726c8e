using CdsBot.Dialogs.State;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Storage;

public sealed class EfStateStoreTests : IDisposable
{
    private readonly BotHost _host = new();

    private IStateStore Store => _host.Services.GetRequiredService<IStateStore>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Reads_back_what_it_wrote_with_a_new_etag_per_write()
    {
        var first = await Store.WriteAsync([new StateWrite("k/1", """{"a":1}""", null)], CancellationToken.None);
        var second = await Store.WriteAsync([new StateWrite("k/1", """{"a":2}""", first["k/1"])], CancellationToken.None);

        var read = await Store.ReadAsync(["k/1", "k/missing"], CancellationToken.None);

        Assert.Equal("""{"a":2}""", read["k/1"].Json);
        Assert.Equal(second["k/1"], read["k/1"].ETag);
        Assert.NotEqual(first["k/1"], second["k/1"]);
        Assert.False(read.ContainsKey("k/missing"));
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_and_the_whole_batch_is_rolled_back()
    {
        var v1 = await Store.WriteAsync([new StateWrite("k/a", "1", null), new StateWrite("k/b", "1", null)], CancellationToken.None);
        await Store.WriteAsync([new StateWrite("k/b", "2", v1["k/b"])], CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() =>
            Store.WriteAsync([new StateWrite("k/a", "3", v1["k/a"]), new StateWrite("k/b", "3", v1["k/b"])], CancellationToken.None));

        Assert.Equal("k/b", conflict.Key);
        var read = await Store.ReadAsync(["k/a", "k/b"], CancellationToken.None);
        Assert.Equal("1", read["k/a"].Json);
        Assert.Equal("2", read["k/b"].Json);
    }

    [Fact]
    public async Task Creating_a_key_another_turn_created_meanwhile_is_a_conflict()
    {
        await Store.WriteAsync([new StateWrite("k/new", "1", null)], CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() => Store.WriteAsync([new StateWrite("k/new", "2", null)], CancellationToken.None));
        Assert.Equal("1", (await Store.ReadAsync(["k/new"], CancellationToken.None))["k/new"].Json);
    }
}

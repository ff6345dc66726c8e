using CdsBot.Insights;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Insights;

/// <summary>Turns sent to <c>POST /api/chat</c> over real HTTP leave one turn-log row each, in the real SQLite file.</summary>
public sealed class TurnLogTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<List<TurnLogRecord>> RowsAsync()
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await db.TurnLog.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    [Fact]
    public async Task Each_turn_is_logged_with_its_route_item_band_and_masked_question_and_a_vote_marks_the_turn_it_rates()
    {
        var chat = new ChatClient(_host.CreateClient(), "conv-log", "user-log");

        var answered = await chat.SayAsync("VNeID là gì");
        await chat.SayAsync("Tôi là  Lan, SĐT 0912.345.678, email lan.nguyen@gmail.com, CCCD 001099012345: cách nấu canh chua cá lóc?");
        await chat.PressAsync("HELPFUL:vneid-la-gi");

        var rows = await RowsAsync();
        Assert.Equal(3, rows.Count);
        var (faq, declined, vote) = (rows[0], rows[1], rows[2]);
        var item = answered.GetProperty("trace").GetProperty("contentId").GetString();
        Assert.Equal("vneid-la-gi", item);
        Assert.Equal(("webchat", "conv-log", "faq", item, "answered", "vneid là gì"), (faq.Channel, faq.ConversationId, faq.Route, faq.ItemId, faq.Band, faq.Question));
        Assert.NotNull(faq.Score);
        Assert.Equal("off", faq.Rephrase);
        Assert.True(faq.LatencyMs >= 0);
        Assert.Equal(TurnLogWriter.DayOf(DateTimeOffset.FromUnixTimeMilliseconds(faq.AtMs)), faq.Day);
        Assert.True(faq.Helpful, "the 👍 marks the answer it rates");

        Assert.Equal("tôi là lan, sđt [số điện thoại], email [email], cccd [số cccd]: cách nấu canh chua cá lóc?", declined.Question);
        Assert.Equal(("fallback", "declined", (string?)null, (bool?)null), (declined.Route, declined.Band, declined.ItemId, declined.Helpful));

        Assert.Equal(("feedback", item, (string?)null), (vote.Route, vote.ItemId, vote.Question));
        Assert.Null(vote.Helpful);
    }

    [Fact]
    public async Task A_vote_marks_the_latest_answer_of_its_item_and_a_second_vote_replaces_the_first()
    {
        var chat = new ChatClient(_host.CreateClient(), "conv-votes", "user-votes");
        await chat.SayAsync("VNeID là gì");
        await chat.PressAsync("UNHELPFUL:vneid-la-gi");
        await chat.SayAsync("VNeID là gì");
        await chat.PressAsync("UNHELPFUL:vneid-la-gi");
        await chat.PressAsync("HELPFUL:vneid-la-gi");

        var answers = (await RowsAsync()).Where(r => r.Route == "faq").ToList();

        Assert.Equal([false, true], answers.Select(a => a.Helpful));
    }

    [Fact]
    public async Task A_subscribers_turns_carry_their_locality()
    {
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            db.Subscriptions.Add(new CdsBot.Subscriptions.SubscriptionRecord { Channel = "webchat", UserId = "user-sub", Locality = "thai-binh", Active = true, ConsentedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await new ChatClient(_host.CreateClient(), "conv-sub", "user-sub").SayAsync("VNeID là gì");
        await new ChatClient(_host.CreateClient(), "conv-anon", "user-anon").SayAsync("VNeID là gì");

        Assert.Equal(["thai-binh", null], (await RowsAsync()).Select(r => r.Locality));
    }

    [Fact]
    public async Task A_zalo_message_run_by_the_inbox_worker_is_logged_as_a_zalo_turn()
    {
        await using var zalo = ZaloBot.Start();
        (await zalo.Events.PostSignedAsync(zalo.Events.Text("zalo-user-1", "VNeID là gì? Gọi em 0987 654 321"))).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => zalo.QueryAsync(db => db.TurnLog.AnyAsync()), "the Zalo turn is logged");

        var row = await zalo.QueryAsync(db => db.TurnLog.SingleAsync());
        Assert.Equal(("zalo", "vneid là gì? gọi em [số điện thoại]"), (row.Channel, row.Question));
        Assert.NotEqual("none", row.Route);
    }
}

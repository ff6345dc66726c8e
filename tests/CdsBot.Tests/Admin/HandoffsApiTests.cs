using System.Net;
using CdsBot.Admin.Handoffs;
using CdsBot.Handoffs;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

/// <summary>/admin/api/handoffs: each staff step commits whole or not at all (issue 14, item 9).</summary>
public sealed class HandoffsApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private CdsBotDbContext Db() => _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContext();

    private async Task<long> OpenHandoffAsync()
    {
        await using var db = Db();
        var request = new HandoffRecord { Channel = "webchat", ConversationId = "c-handoff", UserId = "u-handoff", Message = "Tôi cần gặp cán bộ", RequestedAt = DateTimeOffset.UtcNow };
        db.Handoffs.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    [Fact]
    public async Task Closing_a_thread_whose_audit_entry_cannot_be_written_leaves_it_open_with_no_closing_message()
    {
        var id = await OpenHandoffAsync();
        var staff = await _bot.AsAsync("editor");

        await using (await AuditOutage.ForAsync(_bot.Host.Services, "handoff.close"))
        {
            using var failed = await staff.PostAsync($"/admin/api/handoffs/{id}/close", null);
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        await using (var db = Db())
        {
            Assert.Null((await db.Handoffs.SingleAsync(h => h.Id == id)).ClosedAt);
            Assert.Empty(await db.HandoffMessages.Where(m => m.HandoffId == id).ToListAsync());
        }

        using var closed = await staff.PostAsync($"/admin/api/handoffs/{id}/close", null);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        await using (var db = Db())
        {
            Assert.Equal("editor", (await db.Handoffs.SingleAsync(h => h.Id == id)).ClosedBy);
            Assert.Equal([HandoffsApi.ClosingText], await db.HandoffMessages.Where(m => m.HandoffId == id).Select(m => m.Text).ToListAsync());
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "handoff.close"));
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Handoffs;
using CdsBot.Dialogs.Privacy;
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

    private async Task<long> OpenHandoffWithPersonalDataAsync()
    {
        await using var db = Db();
        var request = new HandoffRecord
        {
            Channel = "webchat", ConversationId = "c-pii", UserId = "u-pii", RequestedAt = DateTimeOffset.UtcNow,
            Message = "Tôi cần sửa CCCD 001203004567, gọi tôi số 0912 345 678",
            Phone = "0912345678", PhoneConsentAt = DateTimeOffset.UtcNow, PhoneConsentWording = "privacy/1",
        };
        db.Handoffs.Add(request);
        await db.SaveChangesAsync();
        db.HandoffMessages.Add(new HandoffMessageRecord { HandoffId = request.Id, From = "citizen", Text = "email của tôi là lan.nguyen@example.vn", At = DateTimeOffset.UtcNow, TurnNumber = 5 });
        await db.SaveChangesAsync();
        return request.Id;
    }

    private static async Task<JsonElement> SeenByAsync(HttpClient staff, long id) =>
        (await staff.GetFromJsonAsync<JsonElement>("/admin/api/handoffs?open=true")).EnumerateArray().Single(h => h.GetProperty("id").GetInt64() == id);

    private static string[] PersonalFields(JsonElement request) =>
        [request.GetProperty("message").GetString()!, request.GetProperty("phone").GetString()!, .. request.GetProperty("thread").EnumerateArray().Select(m => m.GetProperty("text").GetString()!)];

    [Fact]
    public async Task Personal_data_in_a_request_is_masked_for_everyone_until_a_staff_member_takes_it_and_then_shown_to_them_alone()
    {
        var id = await OpenHandoffWithPersonalDataAsync();
        var lan = await _bot.AsAsync("editor");
        var minh = await _bot.AsAsync("editor2");

        foreach (var viewer in new[] { lan, minh })
        {
            var unassigned = await SeenByAsync(viewer, id);
            Assert.True(unassigned.GetProperty("masked").GetBoolean());
            Assert.Equal(
                [$"Tôi cần sửa CCCD {PiiMask.CitizenId}, gọi tôi số {PiiMask.Phone}", PiiMask.Phone, $"email của tôi là {PiiMask.Email}"],
                PersonalFields(unassigned));
        }

        using (var taken = await lan.PostAsync($"/admin/api/handoffs/{id}/assign", null))
        {
            Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        }

        var held = await SeenByAsync(lan, id);
        Assert.Equal(("editor", false), (held.GetProperty("assignedTo").GetString(), held.GetProperty("masked").GetBoolean()));
        Assert.Equal(["Tôi cần sửa CCCD 001203004567, gọi tôi số 0912 345 678", "0912345678", "email của tôi là lan.nguyen@example.vn"], PersonalFields(held));

        var other = await SeenByAsync(minh, id);
        Assert.Equal(("editor", true), (other.GetProperty("assignedTo").GetString(), other.GetProperty("masked").GetBoolean()));
        Assert.DoesNotContain(PersonalFields(other), text => text.Contains("0912", StringComparison.Ordinal) || text.Contains("001203004567", StringComparison.Ordinal) || text.Contains("@example.vn", StringComparison.Ordinal));

        using (var refused = await minh.PostAsJsonAsync($"/admin/api/handoffs/{id}/reply", new { text = "Chào chị" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("Cán bộ editor đang xử lý", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notTaken = await minh.PostAsync($"/admin/api/handoffs/{id}/assign", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, notTaken.StatusCode);
        }

        using (var notReleased = await minh.PostAsync($"/admin/api/handoffs/{id}/release", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, notReleased.StatusCode);
        }

        using (var released = await lan.PostAsync($"/admin/api/handoffs/{id}/release", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        }

        Assert.True((await SeenByAsync(lan, id)).GetProperty("masked").GetBoolean());
        await using var db = Db();
        Assert.Equal(
            [("handoff.assign", "editor"), ("handoff.release", "editor")],
            (await db.AuditEntries.Where(a => a.Action.StartsWith("handoff.")).OrderBy(a => a.Id).ToListAsync()).Select(a => (a.Action, a.Actor)));
    }

    [Fact]
    public async Task Two_staff_taking_one_request_at_once_leaves_it_with_exactly_one_of_them()
    {
        var id = await OpenHandoffAsync();
        var staff = await Task.WhenAll(_bot.AsAsync("editor"), _bot.AsAsync("editor2"), _bot.AsAsync("publisher"), _bot.AsAsync("publisher2"));

        var outcomes = await Task.WhenAll(staff.Select(async s => { using var r = await s.PostAsync($"/admin/api/handoffs/{id}/assign", null); return r.StatusCode; }));

        Assert.Equal(1, outcomes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(3, outcomes.Count(c => c == HttpStatusCode.Conflict));
        await using var db = Db();
        var holder = (await db.Handoffs.SingleAsync(h => h.Id == id)).AssignedTo;
        Assert.Contains(holder, new[] { "editor", "editor2", "publisher", "publisher2" });
        Assert.Equal([holder!], await db.AuditEntries.Where(a => a.Action == "handoff.assign").Select(a => a.Actor).ToListAsync());
    }

    [Fact]
    public async Task Replying_to_a_request_nobody_has_taken_takes_it()
    {
        var id = await OpenHandoffAsync();
        var staff = await _bot.AsAsync("editor2");

        using var reply = await staff.PostAsJsonAsync($"/admin/api/handoffs/{id}/reply", new { text = "Chào Anh/Chị, cán bộ xã đây." });

        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        await using var db = Db();
        Assert.Equal("editor2", (await db.Handoffs.SingleAsync(h => h.Id == id)).AssignedTo);
    }
}

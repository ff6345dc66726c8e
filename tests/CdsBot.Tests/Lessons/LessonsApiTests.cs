using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Dialogs.Flows.Lessons;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Lessons;

/// <summary>Lessons finished through /api/chat are stored, and staff read the counts per lesson at /admin/api/lessons.</summary>
public sealed class LessonsApiTests : IDisposable
{
    private readonly StaffBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static async Task FinishAsync(ChatClient citizen, string lessonId, int answer)
    {
        var reply = await citizen.PressAsync(LessonPayloads.Start(lessonId));
        for (var i = 0; i < 8 && !reply.GetProperty("replies")[0].GetProperty("text").GetString()!.StartsWith("Câu hỏi:", StringComparison.Ordinal); i++)
        {
            reply = await citizen.PressAsync(LessonPayloads.Next);
        }

        var done = await citizen.PressAsync(LessonPayloads.Answer(lessonId, answer));
        Assert.Equal("lesson_done", done.GetProperty("trace").GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Staff_see_how_often_each_lesson_was_finished_by_how_many_citizens_and_how_many_answered_right()
    {
        var lan = new ChatClient(_bot.Anonymous(), "c-lan", "u-lan");
        var minh = new ChatClient(_bot.Anonymous(), "c-minh", "u-minh");
        await FinishAsync(lan, "tin-gia", answer: 0);   // "Chia sẻ ngay": wrong
        await FinishAsync(lan, "tin-gia", answer: 1);   // right on the second try
        await FinishAsync(minh, "tin-gia", answer: 1);

        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(3, await db.LessonResults.CountAsync(r => r.LessonId == "tin-gia"));
        }

        var staff = await _bot.AsAsync("editor");
        var lessons = await staff.GetFromJsonAsync<JsonElement>("/admin/api/lessons");
        var fakeNews = lessons.EnumerateArray().Single(l => l.GetProperty("id").GetString() == "tin-gia");
        Assert.Equal((3, 2, 2), (fakeNews.GetProperty("finished").GetInt32(), fakeNews.GetProperty("citizens").GetInt32(), fakeNews.GetProperty("right").GetInt32()));
        var other = lessons.EnumerateArray().First(l => l.GetProperty("id").GetString() != "tin-gia");
        Assert.Equal(0, other.GetProperty("finished").GetInt32());
        Assert.Equal(6, lessons.GetArrayLength());
    }
}

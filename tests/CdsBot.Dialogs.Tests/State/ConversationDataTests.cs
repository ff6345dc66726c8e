using System.Text.Json;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Tests.State;

/// <summary><see cref="ConversationData.Remember"/>: the last answer and the one before it, what a side question returns to.</summary>
public sealed class ConversationDataTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Another_item_answered_keeps_the_last_one_as_the_earlier()
    {
        var data = new ConversationData();
        data.Remember(new AnswerContext("khai-sinh-truc-tuyen", At));
        data.Remember(new AnswerContext("vneid-muc-1-muc-2", At.AddMinutes(1)));

        Assert.Equal(("vneid-muc-1-muc-2", "khai-sinh-truc-tuyen"), (data.LastAnswer?.ItemId, data.EarlierAnswer?.ItemId));
    }

    [Fact]
    public void The_same_item_answered_again_keeps_the_earlier_one()
    {
        var data = new ConversationData();
        data.Remember(new AnswerContext("khai-sinh-truc-tuyen", At));
        data.Remember(new AnswerContext("vneid-muc-1-muc-2", At.AddMinutes(1)));
        data.Remember(new AnswerContext("vneid-muc-1-muc-2", At.AddMinutes(2)) { Question = "cần tài khoản mức mấy" });

        Assert.Equal("khai-sinh-truc-tuyen", data.EarlierAnswer?.ItemId);
        Assert.Equal(("cần tài khoản mức mấy", At.AddMinutes(2)), (data.LastAnswer?.Question, data.LastAnswer?.At));
    }

    [Fact]
    public void Forgetting_forgets_both_and_what_was_told()
    {
        var data = new ConversationData { Told = new ToldContext("tuần trước em nộp hồ sơ trên cổng dịch vụ công", At) };
        data.Remember(new AnswerContext("khai-sinh-truc-tuyen", At));
        data.Remember(new AnswerContext("vneid-muc-1-muc-2", At));
        data.Remember(null);

        Assert.Equal((null, null, null), (data.LastAnswer, data.EarlierAnswer, data.Told));
    }

    [Fact]
    public void The_choices_offered_are_kept_through_the_state_document_and_a_document_without_them_reads_as_none()
    {
        var data = new ConversationData();
        data.Remember(new AnswerContext("dien-thoai-co-ban", At) { Offered = true, Choices = ["dien-thoai-co-ban", "dien-thoai-thong-minh-hoc-o-dau"] });

        var read = JsonSerializer.Deserialize<ConversationData>(JsonSerializer.Serialize(data, StateJson.Options), StateJson.Options)!;
        var older = JsonSerializer.Deserialize<AnswerContext>("""{"itemId":"vneid-la-gi","at":"2026-10-10T00:00:00+00:00"}""", StateJson.Options)!;

        Assert.Equal(["dien-thoai-co-ban", "dien-thoai-thong-minh-hoc-o-dau"], read.LastAnswer?.Choices);
        Assert.Empty(older.Choices);
    }
}

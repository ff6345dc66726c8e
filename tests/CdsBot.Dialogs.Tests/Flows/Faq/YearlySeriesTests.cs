using CdsBot.Dialogs.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// Items of a yearly series (the Day's theme of each year, on the shipped content) answer for the year asked, read
/// from the clock: "năm nay" in 2026 is 2026, whose theme the store does not have yet, and the bot says so.
/// </summary>
public sealed class YearlySeriesTests
{
    private static FakeTimeProvider On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 3, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("chủ đề năm nay là gì")]
    [InlineData("chu de ngay cds nam nay")]
    [InlineData("chủ đề ngày chuyển đổi số quốc gia là gì")]
    [InlineData("chủ đề ngày chuyển đổi số năm 2026")]
    public async Task In_2026_the_bot_says_that_years_theme_is_not_announced_and_gives_the_latest_with_its_year(string question)
    {
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .Send(question)
            .AssertReply(r => Assert.Equal("Chủ đề Ngày Chuyển đổi số quốc gia năm 2026 chưa được công bố. Gần nhất là năm 2025:", r.Text))
            .AssertReplyContains("Nhanh hơn – hiệu quả hơn – gần dân hơn")
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "ngay-cds-chu-de-2025"), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("chủ đề năm nay là gì", "ngay-cds-chu-de-2025", "Nhanh hơn")]
    [InlineData("chu de ngay cds nam ngoai", "ngay-cds-chu-de-2024", "Phổ cập hạ tầng số")]
    [InlineData("chủ đề ngày chuyển đổi số năm 2024", "ngay-cds-chu-de-2024", "Phổ cập hạ tầng số")]
    public async Task In_2025_this_year_is_2025_and_last_year_is_2024(string question, string item, string theme)
    {
        await new TestFlow(ShippedContent.Root(On(2025, 10, 15)))
            .Send(question)
            .AssertReplyContains(theme)
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("chủ đề ngày chuyển đổi số năm 2022", 2022)]
    [InlineData("chu de ngay cds nam 2023 la gi", 2023)]
    public async Task A_past_year_the_store_lacks_is_said_to_be_unknown_and_the_years_on_file_are_offered(string question, int year)
    {
        // Another year's theme is no answer to that year's: the years there are become the choices.
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .Send(question)
            .AssertReply(r =>
            {
                Assert.Equal($"Hiện chưa có thông tin về chủ đề Ngày Chuyển đổi số quốc gia năm {year}. Anh/Chị có thể xem các năm đã có:", r.Text);
                Assert.Equal(["FAQ:ngay-cds-chu-de-2025", "FAQ:ngay-cds-chu-de-2024", "MENU"], r.QuickReplies.Select(q => q.Payload));
            })
            .AssertTrace(t => Assert.Equal(("faq_suggest", null), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_year_past_by_the_clock_that_the_store_lacks_is_not_called_unannounced()
    {
        // In 2027, 2026's theme is a past year's: the store lacks it, so the years there are are offered.
        await new TestFlow(ShippedContent.Root(On(2027, 11, 30)))
            .Send("chủ đề ngày chuyển đổi số năm 2026")
            .AssertReply(r => Assert.StartsWith("Hiện chưa có thông tin về chủ đề Ngày Chuyển đổi số quốc gia năm 2026.", r.Text))
            .AssertTrace(t => Assert.Equal(("faq_suggest", null), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("chu ky so la gi")]
    [InlineData("chữ ký số là gì")]
    public async Task A_question_the_series_only_half_fits_is_not_answered_with_a_theme(string question)
    {
        // "chủ" and "số" are in every theme's question, as in other items': the series is as unsure as any item would be.
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .Send(question)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_pressed_button_answers_the_item_pressed_whatever_the_year()
    {
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .SendPayload("FAQ:ngay-cds-chu-de-2024")
            .AssertReplyContains("Phổ cập hạ tầng số")
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("ngay-cds-chu-de-2024", t.ContentId))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ngày cds năm 2025 chủ đề là gì", "còn năm trước thì sao", "ngay-cds-chu-de-2024")] // the year before 2025, not before 2026
    [InlineData("chu de ngay cds nam 2024", "con nam sau", "ngay-cds-chu-de-2025")]
    [InlineData("ngày cds năm 2025 chủ đề là gì", "còn năm ngoái", "ngay-cds-chu-de-2025")] // last year is by the clock
    [InlineData("chu de ngay cds nam 2025 la j", "con nam ngoai 2024 thi sao", "ngay-cds-chu-de-2024")] // the year named, whatever the clock says
    [InlineData("nghị quyết 57 đặt mục tiêu gì đến năm 2030", "chủ đề ngày chuyển đổi số năm trước là gì", "ngay-cds-chu-de-2025")] // another matter's year
    public async Task The_year_before_or_after_is_counted_from_the_year_just_asked(string first, string followUp, string expected)
    {
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send(followUp).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", expected), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Fact]
    public async Task After_a_question_naming_no_year_the_year_before_is_the_one_before_this_year()
    {
        await new TestFlow(ShippedContent.Root(On(2026, 11, 30)))
            .Send("chủ đề ngày chuyển đổi số là gì")
            .AssertReplyContains("năm 2026 chưa được công bố")
            .AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("còn năm trước").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "ngay-cds-chu-de-2025"), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }
}

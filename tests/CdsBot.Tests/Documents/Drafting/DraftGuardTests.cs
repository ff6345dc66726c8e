using CdsBot.Dialogs.Rephrasing;
using CdsBot.Documents.Drafting;

namespace CdsBot.Tests.Documents.Drafting;

/// <summary>A drafted pair may only say what its passage says: every number, date, percentage and document number from it, nothing new.</summary>
public sealed class DraftGuardTests
{
    private const string Passage =
        "Điều 2. Mục tiêu đến năm 2025: 80% dịch vụ công trực tuyến toàn trình; triển khai theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 trên ứng dụng VNeID.";

    private readonly DraftGuard _guard = new(FactGuard.DefaultPlatforms);

    [Fact]
    public void A_pair_that_keeps_the_passage_facts_as_written_passes()
    {
        Assert.Null(_guard.Check(Passage,
            "Đến năm 2025 bao nhiêu dịch vụ công được làm trực tuyến toàn trình?",
            "Dạ, đến năm 2025 mục tiêu là 80% dịch vụ công trực tuyến toàn trình, theo Quyết định số 749/QĐ-TTg ngày 03/6/2020."));
    }

    [Theory]
    [InlineData("Mục tiêu là 90% dịch vụ công trực tuyến toàn trình.", "90%")]
    [InlineData("Đến năm 2030, 80% dịch vụ công trực tuyến toàn trình.", "2030")]
    [InlineData("Theo Quyết định số 749/QĐ-TTg ngày 3 tháng 6, 80% dịch vụ công trực tuyến.", "3")]
    [InlineData("Theo Nghị quyết 57-NQ/TW, 80% dịch vụ công trực tuyến toàn trình.", "57-NQ/TW")]
    [InlineData("Anh/Chị làm trên ứng dụng VNeID hoặc VssID.", "VssID")]
    public void An_answer_that_adds_or_alters_a_fact_is_refused_naming_it(string answer, string fact)
    {
        var why = _guard.Check(Passage, "Mục tiêu đến năm 2025 là gì?", answer);

        Assert.NotNull(why);
        Assert.Contains($"câu trả lời có \"{fact}\"", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_that_brings_in_a_number_of_its_own_is_refused()
    {
        var why = _guard.Check(Passage, "Năm 2026 có bao nhiêu dịch vụ công trực tuyến?", "Đến năm 2025 là 80% dịch vụ công trực tuyến toàn trình.");

        Assert.Contains("câu hỏi có \"2026\"", why, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_not_in_vietnamese_or_far_longer_than_the_passage_or_missing_is_refused()
    {
        Assert.Equal("câu trả lời không phải tiếng Việt có dấu", _guard.Check(Passage, "Mục tiêu là gì?", "By 2025, 80% of public services are online."));
        Assert.StartsWith("câu trả lời dài hơn đoạn văn bản", _guard.Check(Passage, "Mục tiêu là gì?", "Đến năm 2025 là 80%. " + new string('x', Passage.Length + 400)), StringComparison.Ordinal);
        Assert.Equal("thiếu câu hỏi hoặc câu trả lời", _guard.Check(Passage, "", "Đến năm 2025 là 80%."));
    }
}

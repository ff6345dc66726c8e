using System.Text;
using CdsBot.Admin.Import;
using CdsBot.Insights;

namespace CdsBot.Tests.Insights;

public sealed class DashboardCsvTests
{
    private static List<List<string>> Read(byte[] csv)
    {
        Assert.True(csv.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "starts with a byte order mark, so Excel reads UTF-8");
        return CsvTable.Read(Encoding.UTF8.GetString(csv.AsSpan(3)));
    }

    [Fact]
    public void Writes_the_header_then_each_row_numbers_in_invariant_form_and_text_quoted_where_needed()
    {
        var table = new DashboardTable("bands", "Tỉ lệ trả lời", "doughnut", [1], ["Kết quả", "Số câu hỏi", "Tỉ lệ (%)"],
            [["Trả lời được", 1234L, 66.7], ["Gợi ý, hỏi lại", 0, 0.0], ["Chưa có", null, null]]);

        Assert.Equal(
            [["Kết quả", "Số câu hỏi", "Tỉ lệ (%)"], ["Trả lời được", "1234", "66.7"], ["Gợi ý, hỏi lại", "0", "0"], ["Chưa có", "", ""]],
            Read(DashboardCsv.Write(table)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+84 gọi ngay")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1)")]
    public void Text_a_citizen_typed_never_opens_as_a_formula(string question)
    {
        var table = new DashboardTable("questions", "Câu hỏi", "hbar", [1], ["Câu hỏi", "Số lần"], [[question, 1L]]);

        Assert.Equal("'" + question, Read(DashboardCsv.Write(table))[1][0]);
    }
}

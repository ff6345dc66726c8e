using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Content.Checks;
using static CdsBot.Dialogs.Tests.Content.Checks.ContentBuilder;

namespace CdsBot.Dialogs.Tests.Content.Checks;

public sealed class ContentCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void WriteFolder(string answer, string? exceptions = null)
    {
        Write("topics.yaml", """
            topics:
              - id: ngay-cds
                title: Ngày Chuyển đổi số
                intro: Ngày 10/10
            """);
        Write("documents.yaml", """
            documents:
              - number: 96/KH-UBND
                type: Kế hoạch
                issuer: Ủy ban nhân dân tỉnh Thái Bình
                signed: 2023-07-17
                title: Truyền thông về chuyển đổi số
                text: documents/96.txt
            """);
        Write("documents/96.txt", "Báo cáo định kỳ 6 tháng (trước ngày 15/7).");
        Write("faq/ngay-cds.yaml", $$"""
            topic: ngay-cds
            items:
              - id: bao-cao
                question: Báo cáo khi nào?
                answer: |
                  {{answer}}
                sources: [96/KH-UBND]
            """);
        if (exceptions is not null)
        {
            Write(AcceptedFindingsReader.FileName, exceptions);
        }
    }

    [Fact]
    public void A_folder_finding_names_the_file_and_line_of_its_item()
    {
        WriteFolder("Báo cáo 6 tháng, trước ngày 15/6.");

        var report = ContentCheck.CheckFolder(_folder);

        Assert.False(report.IsClean);
        Assert.Equal("faq/ngay-cds.yaml:3 bao-cao: fact «15/6» not found in 96/KH-UBND", Assert.Single(report.Findings).ToString());
    }

    [Fact]
    public void A_folder_whose_facts_match_their_sources_is_clean()
    {
        WriteFolder("Anh/Chị báo cáo 6 tháng, trước ngày 15/7.");

        Assert.True(ContentCheck.CheckFolder(_folder).IsClean);
    }

    [Fact]
    public void An_exception_accepts_its_fact_in_any_written_form_and_keeps_its_reason()
    {
        WriteFolder("Báo cáo 6 tháng, trước ngày 15/6.", """
            exceptions:
              - item: bao-cao
                fact: 15/06
                reason: Công văn hướng dẫn năm 2024 dời hạn sang 15/6.
            """);

        var report = ContentCheck.CheckFolder(_folder);

        Assert.True(report.IsClean);
        var (finding, exception) = Assert.Single(report.Accepted);
        Assert.Equal(("15/6", "Công văn hướng dẫn năm 2024 dời hạn sang 15/6."), (finding.Fact, exception.Reason));
    }

    [Fact]
    public void An_exception_for_another_fact_or_item_accepts_nothing_and_is_reported_unused()
    {
        WriteFolder("Báo cáo 6 tháng, trước ngày 15/6.", """
            exceptions:
              - item: bao-cao
                facts: [15/5, 16/6]
                reason: nhầm
            """);

        var report = ContentCheck.CheckFolder(_folder);

        Assert.Single(report.Findings);
        Assert.Equal(["15/5", "16/6"], report.Unused.Select(u => u.Fact));
    }

    [Fact]
    public void An_exception_for_an_unknown_item_or_without_a_reason_is_an_error()
    {
        WriteFolder("Anh/Chị báo cáo trước ngày 15/7.", """
            exceptions:
              - item: khong-co
                fact: 15/6
                reason: x
              - item: bao-cao
                fact: 15/6
            """);

        var report = ContentCheck.CheckFolder(_folder);

        Assert.False(report.IsClean);
        Assert.Equal(
            ["check-exceptions.yaml:5: 'reason' is required.", "check-exceptions.yaml:2: item 'khong-co' does not exist."],
            report.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_tone_finding_is_accepted_by_naming_its_aspect()
    {
        var item = Item("Có. Anh/Chị nên cập nhật.");

        var report = ContentCheck.Check(Set(item), [new AcceptedFinding("hoi-thu", "opening", "trích nguyên văn", 1)]);

        Assert.True(report.IsClean);
        Assert.Equal("opening", Assert.Single(report.Accepted).Finding.Key);
    }

    [Fact]
    public void CheckItem_reports_every_rule_without_exceptions()
    {
        var item = Item("Được. Hạn là ngày 15/6.", "96/KH-UBND");

        var findings = ContentCheck.CheckItem(item, Set(item, Plan("trước ngày 15/7")));

        Assert.Equal([("source", "15/6"), ("tone", "Được.")], findings.Select(f => (f.Rule, f.Fact)));
    }

    [Fact]
    public void Content_that_cannot_be_read_throws_with_its_errors()
    {
        Write("topics.yaml", "topics: []");

        Assert.Throws<ContentValidationException>(() => ContentCheck.CheckFolder(_folder));
    }
}

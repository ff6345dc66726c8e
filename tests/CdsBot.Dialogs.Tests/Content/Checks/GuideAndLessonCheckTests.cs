using CdsBot.Dialogs.Content.Checks;

namespace CdsBot.Dialogs.Tests.Content.Checks;

/// <summary><c>content check</c> holds guide steps and lesson texts to the rules FAQ answers follow.</summary>
public sealed class GuideAndLessonCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A folder with one guide step and one lesson message saying <paramref name="said"/>, both citing a plan that says "15/7".</summary>
    private void WriteFolder(string said, string wrongChoice = "Trước 15/8", string? exceptions = null, string firstMessage = "Anh/Chị nộp báo cáo 6 tháng.")
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
        Write("guides/bao-cao.yaml", $$"""
            id: bao-cao
            title: Nộp báo cáo
            menu_title: Nộp báo cáo
            topic: ngay-cds
            sources: [96/KH-UBND]
            steps:
              - id: chuan-bi
                text: |
                  Bước 1: Anh/Chị chuẩn bị số liệu 6 tháng.
              - id: nop
                text: |
                  Bước 2: Anh/Chị nộp {{said}}.
            """);
        Write("lessons/bao-cao.yaml", $$"""
            id: bao-cao
            title: Hạn báo cáo
            menu_title: Hạn báo cáo
            topic: ngay-cds
            sources: [96/KH-UBND]
            messages:
              - |
                {{firstMessage}}
              - |
                Anh/Chị nộp {{said}}.
            check:
              question: |
                Báo cáo nộp khi nào?
              choices:
                - title: {{wrongChoice}}
                - title: Trước 15/7
                  correct: true
              explanation: |
                Anh/Chị nộp trước ngày 15/7.
            """);
        if (exceptions is not null)
        {
            Write(AcceptedFindingsReader.FileName, exceptions);
        }
    }

    [Fact]
    public void A_fact_its_source_does_not_state_is_found_in_a_guide_step_and_a_lesson_message_with_file_line_and_part()
    {
        WriteFolder("trước ngày 15/6");

        var report = ContentCheck.CheckFolder(_folder);

        Assert.Equal(
            [
                "guides/bao-cao.yaml:10 guide bao-cao: step 'nop': fact «15/6» not found in 96/KH-UBND",
                "lessons/bao-cao.yaml:9 lesson bao-cao: message 2: fact «15/6» not found in 96/KH-UBND",
            ],
            report.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Step_numbers_and_facts_the_source_states_are_clean_and_a_wrong_answer_of_the_check_is_not_checked()
    {
        WriteFolder("trước ngày 15/7", wrongChoice: "Trước 15/8");

        var report = ContentCheck.CheckFolder(_folder);

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }

    [Fact]
    public void An_exception_names_the_guide_or_lesson_and_accepts_only_its_own_findings()
    {
        WriteFolder("trước ngày 15/6", exceptions: """
            exceptions:
              - guide: bao-cao
                fact: 15/6
                reason: Confirmed by hand against the plan's annex (not on file).
            """);

        var report = ContentCheck.CheckFolder(_folder);

        var accepted = Assert.Single(report.Accepted);
        Assert.Equal((CheckedKind.Guide, "bao-cao"), (accepted.Finding.Kind, accepted.Finding.ItemId));
        Assert.Equal(CheckedKind.Lesson, Assert.Single(report.Findings).Kind);
    }

    [Fact]
    public void An_exception_for_a_guide_that_does_not_exist_is_an_error()
    {
        WriteFolder("trước ngày 15/7", exceptions: """
            exceptions:
              - guide: khong-co
                fact: 15/6
                reason: Confirmed by hand against the plan's annex (not on file).
            """);

        Assert.Equal("check-exceptions.yaml:2: guide 'khong-co' does not exist.", Assert.Single(ContentCheck.CheckFolder(_folder).Errors).ToString());
    }

    [Fact]
    public void A_lesson_message_opening_with_a_bare_no_breaks_the_tone()
    {
        WriteFolder("trước ngày 15/7", firstMessage: "Không. Báo cáo nộp 6 tháng một lần.");

        var report = ContentCheck.CheckFolder(_folder);

        Assert.Contains(report.Findings, f => f.Kind == CheckedKind.Lesson && f.Rule == ToneRule.Name && f.Key == "opening");
    }
}

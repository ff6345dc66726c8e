using CdsBot.Commands;

namespace CdsBot.Tests.Commands;

public sealed class ContentCheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-check-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private (int Code, string Output) Run(string answer, string? exceptions = null)
    {
        Write("topics.yaml", "topics:\n  - id: van-ban\n    title: Văn bản\n    intro: Các văn bản\n");
        Write("documents.yaml", "documents:\n  - number: 505/QĐ-TTg\n    type: Quyết định\n    issuer: Thủ tướng Chính phủ\n    signed: 2022-04-22\n    title: Về Ngày Chuyển đổi số quốc gia\n");
        Write("faq/van-ban.yaml", $"topic: van-ban\nitems:\n  - id: ngay-cds\n    question: Ngày nào?\n    answer: {answer}\n    sources: [505/QĐ-TTg]\n");
        if (exceptions is not null)
        {
            Write("check-exceptions.yaml", exceptions);
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        var code = ContentCheckCommand.Run(_folder, output, error);
        return (code, output.ToString() + error);
    }

    [Fact]
    public void Prints_each_finding_with_file_and_line_and_exits_1()
    {
        var (code, output) = Run("Ngày 10/10, theo Quyết định 505/QĐ-TTg ngày 22/4/2022.");

        Assert.Equal(1, code);
        Assert.StartsWith("faq/van-ban.yaml:3 ngay-cds: fact «10/10» not found in 505/QĐ-TTg (no text)\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("1 findings, 0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exits_0_when_every_finding_is_a_listed_exception()
    {
        var (code, output) = Run("Ngày 10/10, theo Quyết định 505/QĐ-TTg.", "exceptions:\n  - item: ngay-cds\n    fact: 10/10\n    reason: facts.md C.5 [H], Điều 1 của quyết định\n");

        Assert.Equal(0, code);
        Assert.Contains("0 findings, 0 errors; 1 accepted by check-exceptions.yaml (1 items, 0 guides and lessons).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_that_cannot_be_read_exits_1_with_its_errors()
    {
        Write("topics.yaml", "topics: []");

        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(1, ContentCheckCommand.Run(_folder, output, error));
        Assert.Contains("documents.yaml: file not found.", error.ToString(), StringComparison.Ordinal);
    }
}

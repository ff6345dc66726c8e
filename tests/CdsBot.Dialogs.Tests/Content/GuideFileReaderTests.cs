using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Tests.Content;

/// <summary>Guide files (content/guides/*.yaml) are read whole and refused whole, each problem named by file and line.</summary>
public sealed class GuideFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-guides-").FullName;

    public GuideFileReaderTests()
    {
        Write("topics.yaml", """
            topics:
              - id: dich-vu-cong
                title: Dịch vụ công
                intro: Thủ tục trên mạng
            """);
        Write("documents.yaml", """
            documents:
              - number: 69/2024/NĐ-CP
                type: Nghị định
                issuer: Chính phủ
                signed: 2024-06-25
                title: Quy định về định danh và xác thực điện tử
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Reads_a_guide_with_a_branch()
    {
        Write("guides/vneid.yaml", """
            id: vneid
            title: Đăng ký VNeID mức 2
            menu_title: VNeID mức 2
            topic: dich-vu-cong
            triggers: [vneid mức 2]
            sources: [69/2024/NĐ-CP]
            steps:
              - id: hoi
                text: Anh/Chị có thẻ căn cước gắn chip chưa?
                choices:
                  - title: Đã có
                    next: co
                  - title: Chưa có
                    next: chua
              - id: co
                text: Mang thẻ đến công an xã.
                next: xong
              - id: chua
                text: Làm thẻ và đăng ký cùng lúc.
              - id: xong
                text: Đăng nhập VNeID.
            """);

        var guide = Assert.Single(ContentFileReader.Read(_folder).Guides);

        Assert.Equal(("vneid", "VNeID mức 2", "dich-vu-cong"), (guide.Id, guide.MenuTitle, guide.Topic));
        Assert.Equal([new GuideChoice("Đã có", "co"), new GuideChoice("Chưa có", "chua")], guide.Steps[0].Choices);
        Assert.Null(guide.NextOf(guide.Steps[0]));
        Assert.Equal("xong", guide.NextOf(guide.FindStep("co")!)!.Id);
        Assert.Equal("xong", guide.NextOf(guide.FindStep("chua")!)!.Id);
        Assert.Null(guide.NextOf(guide.FindStep("xong")!));
    }

    [Fact]
    public void A_broken_guide_is_refused_with_every_problem_named()
    {
        Write("guides/hong.yaml", """
            id: hong
            title: Hướng dẫn hỏng
            menu_title: Một nhãn nút quá dài để hiện trên nút
            topic: khong-co
            sources: [99/2099/NĐ-CP]
            steps:
              - id: a
                text: Bước đầu.
                next: khong-co-buoc-nay
              - id: a
                text: Trùng tên bước.
              - id: mo-coi
                text: Không bước nào dẫn tới đây.
                end: true
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        var messages = error.Errors.Where(e => e.File == "guides/hong.yaml").Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("at most 20 characters", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("topic 'khong-co'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("source '99/2099/NĐ-CP'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("no step 'khong-co-buoc-nay'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("step id 'a' is used 2 times", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("step 'mo-coi' cannot be reached", StringComparison.Ordinal));
    }
}

using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Tests.Content;

public sealed class ContentFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-content-").FullName;

    public ContentFileReaderTests()
    {
        Write("topics.yaml", """
            topics:
              - id: van-ban
                title: Nghị quyết – văn bản
                intro: Các văn bản
            """);
        Write("documents.yaml", """
            documents:
              - number: 57-NQ/TW
                type: Nghị quyết
                issuer: Bộ Chính trị
                signed: 2024-12-22
                title: Về đột phá phát triển khoa học, công nghệ
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
    public void Reads_topics_documents_and_items()
    {
        Write("faq/van-ban.yaml", """
            topic: van-ban
            items:
              - id: nq57
                question: Nghị quyết 57 là gì?
                variants: [nq 57]
                answer: |
                  Nghị quyết về khoa học, công nghệ.
                sources: [57-NQ/TW]
                links:
                  - title: Cổng
                    url: https://example.gov.vn
            """);

        var content = ContentFileReader.Read(_folder);

        var item = Assert.Single(content.Items);
        Assert.Equal("nq57", item.Id);
        Assert.Equal(["nq 57"], item.Variants);
        Assert.Equal(new ContentLink("Cổng", "https://example.gov.vn"), Assert.Single(item.Links));
        Assert.Equal(ContentStatus.Published, item.Status);
        Assert.Equal(new DateOnly(2024, 12, 22), content.FindDocument("57-nq/tw")!.SignedOn);
    }

    [Fact]
    public void Every_error_is_reported_with_file_and_line_and_nothing_is_returned()
    {
        Write("faq/van-ban.yaml", """
            topic: van-ban
            items:
              - id: ok
                question: Câu hỏi tốt
                answer: Trả lời tốt
              - id: no-answer
                question: Thiếu câu trả lời
              - id: bad-source
                question: Nguồn sai
                answer: x
                sources: [999/QĐ-XX]
                valid_from: 22/12/2024
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains(error.Errors, e => e is { File: "faq/van-ban.yaml", Line: 6 } && e.Message.Contains("'answer' is required", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e is { File: "faq/van-ban.yaml", Line: 12 } && e.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.File == "faq/van-ban.yaml" && e.Message.Contains("source '999/QĐ-XX' is not in documents.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_in_a_yearly_series_must_say_which_period_it_is_about()
    {
        Write("faq/ngay-cds.yaml", """
            topic: van-ban
            items:
              - id: chu-de-2025
                question: Chủ đề năm 2025 là gì?
                answer: Chủ đề năm 2025 là …
                series: Chủ đề Ngày Chuyển đổi số quốc gia
                period_from: 2025-01-01
                period_to: 2025-12-31
              - id: chu-de-2026
                question: Chủ đề năm 2026 là gì?
                answer: Chủ đề năm 2026 là …
                series: Chủ đề Ngày Chuyển đổi số quốc gia
              - id: chu-de-nguoc
                question: Chủ đề năm 2027 là gì?
                answer: Chủ đề năm 2027 là …
                series: Chủ đề Ngày Chuyển đổi số quốc gia
                period_from: 2027-12-31
                period_to: 2027-01-01
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Equal(
            [(9, "item 'chu-de-2026': an item in a series needs period_from and period_to (the period its answer is about)."), (13, "item 'chu-de-nguoc': period_from is after period_to.")],
            error.Errors.Select(e => (e.Line, e.Message)));
    }

    [Fact]
    public void A_document_carries_the_text_its_text_key_names()
    {
        Write("documents/57-nq-tw.txt", "\r\nNGHỊ QUYẾT\r\nVề đột phá phát triển khoa học, công nghệ\r\n\r\n");
        Write("documents.yaml", """
            documents:
              - number: 57-NQ/TW
                type: Nghị quyết
                issuer: Bộ Chính trị
                title: Về đột phá phát triển khoa học, công nghệ
                text: documents/57-nq-tw.txt
              - number: 52-NQ/TW
                type: Nghị quyết
                issuer: Bộ Chính trị
                title: Về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư
            """);

        var content = ContentFileReader.Read(_folder);

        Assert.Equal("NGHỊ QUYẾT\nVề đột phá phát triển khoa học, công nghệ", content.FindDocument("57-NQ/TW")!.Text);
        Assert.Null(content.FindDocument("52-NQ/TW")!.Text);
    }

    [Fact]
    public void A_missing_text_file_is_reported_with_the_file_and_line_of_its_key()
    {
        Write("documents.yaml", """
            documents:
              - number: 57-NQ/TW
                type: Nghị quyết
                issuer: Bộ Chính trị
                title: Về đột phá phát triển khoa học, công nghệ
                text: documents/missing.txt
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(("documents.yaml", 6), (problem.File, problem.Line));
        Assert.Contains("'57-NQ/TW': text file 'documents/missing.txt' not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_outside_the_content_folder_is_refused()
    {
        Write("documents.yaml", """
            documents:
              - number: 57-NQ/TW
                type: Nghị quyết
                issuer: Bộ Chính trị
                title: Về đột phá phát triển khoa học, công nghệ
                text: ../../etc/passwd
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains("must be a path inside the content folder", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        Write("faq/broken.yaml", "topic: van-ban\nitems:\n  - id: x\n    question: [unclosed\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("faq/broken.yaml", problem.File);
        Assert.True(problem.Line >= 4, problem.ToString());
    }

    [Fact]
    public void Duplicate_ids_and_unknown_follow_ups_are_refused()
    {
        Write("faq/a.yaml", "topic: van-ban\nitems:\n  - id: same\n    question: A\n    answer: A\n    follow_ups: [nowhere]\n");
        Write("faq/b.yaml", "topic: van-ban\nitems:\n  - id: same\n    question: B\n    answer: B\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains(error.Errors, e => e.File == "faq/b.yaml" && e.Message.Contains("already used at faq/a.yaml:3", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.Contains("follow-up 'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_locality_id_listed_twice_is_refused()
    {
        Write("localities.yaml", "localities:\n  - { id: tan-ninh, name: Tân Ninh }\n  - { id: tan-ninh, name: Tân Ninh Đông }\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains(error.Errors, e => e.File == "localities.yaml" && e.Message == "locality id 'tan-ninh' is used more than once.");
    }

    [Fact]
    public void Reads_chat_shorthand_apart_from_synonyms()
    {
        Write("synonyms.yaml", "synonyms:\n  - { term: bhyt, means: bảo hiểm y tế }\n");
        Write("shorthand.yaml", "shorthand:\n  - { term: ko, means: không }\n  - { term: đc, means: được }\n");

        var content = ContentFileReader.Read(_folder);

        Assert.Equal([new Synonym("ko", "không"), new Synonym("đc", "được")], content.Shorthand);
        Assert.Equal([new Synonym("bhyt", "bảo hiểm y tế")], content.Synonyms);
    }

    [Fact]
    public void Without_a_shorthand_file_there_is_no_shorthand()
    {
        var content = ContentFileReader.Read(_folder);

        Assert.Empty(content.Shorthand);
    }

    [Fact]
    public void A_bad_shorthand_entry_is_reported_with_its_line()
    {
        Write("synonyms.yaml", "synonyms:\n  - { term: cccd, means: căn cước công dân }\n");
        Write("shorthand.yaml", """
            shorthand:
              - { term: ko, means: không }
              - { term: dc }
              - { term: ko, means: không }
              - { term: cccd, means: căn cước công dân }
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains(error.Errors, e => e is { File: "shorthand.yaml", Line: 3 } && e.Message.Contains("'means' is required", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e is { File: "shorthand.yaml", Line: 4 } && e.Message.Contains("'ko' is already listed at line 2", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e is { File: "shorthand.yaml", Line: 5 } && e.Message.Contains("also in synonyms.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_synonym_listed_twice_is_reported_with_its_line()
    {
        Write("synonyms.yaml", """
            synonyms:
              - { term: ở mô, means: ở đâu }
              - { term: xài, means: dùng }
              - { term: ở mô, means: ở đâu }
            """);

        var error = Assert.Throws<ContentValidationException>(() => ContentFileReader.Read(_folder));

        Assert.Contains(error.Errors, e => e is { File: "synonyms.yaml", Line: 4 } && e.Message.Contains("'ở mô' is already listed at line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_content_folder_is_valid()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content");
        var content = ContentFileReader.Read(folder);
        Assert.NotEmpty(content.Items);
    }

    /// <summary>The chat shorthand the issue asked the bot to understand; staff may add more, not lose these.</summary>
    [Fact]
    public void The_shipped_shorthand_covers_what_citizens_type_most()
    {
        var shipped = ContentFileReader.Read(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content"));
        var shorthand = shipped.Shorthand.ToDictionary(s => s.Term, s => s.Means, StringComparer.Ordinal);

        foreach (var (terms, means) in new[]
        {
            ("j", "gì"), ("ntn", "như thế nào"), ("ko k kg hông hok", "không"), ("dc đc", "được"), ("bt bít", "biết"),
            ("bn", "bao nhiêu"), ("vs", "với"), ("r", "rồi"), ("trc", "trước"), ("mk", "mật khẩu"), ("hs", "hồ sơ"),
            ("tk", "tài khoản"), ("đt dt", "điện thoại"), ("cccd", "căn cước công dân"), ("cmnd", "chứng minh nhân dân"),
            ("dvc", "dịch vụ công"), ("cds", "chuyển đổi số"),
        })
        {
            foreach (var term in terms.Split(' '))
            {
                Assert.True(shorthand.TryGetValue(term, out var found) && found == means, $"'{term}' should mean '{means}', not '{found}'");
            }
        }
    }
}

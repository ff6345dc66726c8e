using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Documents;

public sealed class PassageSplitterTests
{
    private static IEnumerable<SourceDocument> ShippedTexts => ShippedContent.Set.Documents.Where(d => d.Text is not null);

    private static IReadOnlyList<Passage> Shipped(string number)
    {
        var document = ShippedContent.Set.FindDocument(number)!;
        return PassageSplitter.Split(document.Number, document.Text!);
    }

    private static string Sentence(string subject, int length) =>
        (subject + " " + string.Concat(Enumerable.Repeat("tuyên truyền chuyển đổi số ", length / 27))).TrimEnd() + ".";

    [Fact]
    public void Every_seed_document_is_shipped_with_its_text()
    {
        Assert.Equal(
            ["1850-CV/TĐTN-TCKT", "44/KH-STTTT", "63-KH/BTGTU", "96/KH-UBND", "Tân Ninh – tuyên truyền NQ 57"],
            ShippedTexts.Select(d => d.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shipped_texts_carry_the_errata_of_the_facts_sheet()
    {
        var traVinh = ShippedContent.Set.FindDocument("63-KH/BTGTU")!.Text!;
        var thaiBinh = ShippedContent.Set.FindDocument("96/KH-UBND")!.Text!;

        Assert.Contains("Quyết định số 749/QĐ-TTg, ngày 03/6/2020", traVinh, StringComparison.Ordinal);
        Assert.DoesNotContain("149/QĐ-TTg", traVinh, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 96 /KH-UBND ngày 17/7/2023", thaiBinh, StringComparison.Ordinal);
        Assert.DoesNotContain("17/17/2023", thaiBinh, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_nest_into_a_path_of_labels_and_first_words()
    {
        var passages = PassageSplitter.Split("12/KH-UBND", """
            II. NHIỆM VỤ VÀ GIẢI PHÁP

            2. Tuyên truyền

            b) Trên báo chí và mạng xã hội

            - Mở chuyên mục chuyển đổi số trên báo tỉnh.

            3. Kinh phí

            - Từ ngân sách tỉnh.
            """);

        Assert.Equal(
            ["II. Nhiệm vụ và giải pháp › 2. Tuyên truyền › b) Trên báo chí và mạng xã hội", "II. Nhiệm vụ và giải pháp › 3. Kinh phí"],
            passages.Select(p => p.HeadingPath));
        Assert.Equal("- Mở chuyên mục chuyển đổi số trên báo tỉnh.", passages[0].Text);
    }

    [Fact]
    public void Articles_clauses_and_appendices_are_headings_too()
    {
        var passages = PassageSplitter.Split("09/2025/NĐ-CP", """
            Điều 3. Trách nhiệm của Ủy ban nhân dân cấp xã

            Khoản 2. Hướng dẫn người dân cài đặt VNeID.

            PHỤ LỤC I

            Danh mục dịch vụ công trực tuyến toàn trình
            """);

        Assert.Equal(
            ["Điều 3. Trách nhiệm của Ủy ban nhân dân cấp xã › Khoản 2. Hướng dẫn người dân cài đặt VNeID", "Phụ lục I: Danh mục dịch vụ công trực tuyến toàn trình"],
            passages.Select(p => p.HeadingPath));
        Assert.Equal("Hướng dẫn người dân cài đặt VNeID.", passages[0].Text);
    }

    [Fact]
    public void The_real_plans_keep_their_own_headings()
    {
        var thaiBinh = Shipped("96/KH-UBND");
        var tanNinh = Shipped("Tân Ninh – tuyên truyền NQ 57");

        var finance = Assert.Single(thaiBinh, p => p.HeadingPath == "IV. Tổ chức thực hiện › 2. Sở Tài chính");
        Assert.StartsWith("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan", finance.Text, StringComparison.Ordinal);
        Assert.Contains(tanNinh, p => p.HeadingPath.StartsWith("II. Nội dung và hình thức tuyên truyền › 1. Nội dung tuyên truyền › 1.3. Phổ cập", StringComparison.Ordinal)
            && p.Text.Contains("ứng dụng VneID", StringComparison.Ordinal));
        Assert.Contains(Shipped("63-KH/BTGTU"), p => p.HeadingPath == "III. Tổ chức thực hiện › 2. Sở Thông tin và Truyền thông"
            && p.Text.StartsWith("Sở Thông tin và Truyền thông: Chỉ đạo, định hướng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_line_that_goes_on_is_a_heading_and_the_first_text_under_it()
    {
        var passages = PassageSplitter.Split("1/KH", "III. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch này.");

        var passage = Assert.Single(passages);
        Assert.Equal("III. Tổ chức thực hiện › 2. Sở Tài chính", passage.HeadingPath);
        Assert.Equal("Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch này.", passage.Text);
    }

    [Fact]
    public void Short_paragraphs_under_one_heading_share_a_passage_and_a_new_heading_starts_a_new_one()
    {
        var passages = PassageSplitter.Split("1/KH", "1. Mục đích\n\n- Nâng cao nhận thức.\n- Đổi mới tư duy.\n\n2. Yêu cầu\n\n- Kịp thời.");

        Assert.Equal(["- Nâng cao nhận thức.\n- Đổi mới tư duy.", "- Kịp thời."], passages.Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_longer_than_a_passage_is_split_at_sentence_ends()
    {
        var sentences = new[] { Sentence("Thứ nhất", 250), Sentence("Thứ hai", 250), Sentence("Thứ ba", 250) };

        var passages = PassageSplitter.Split("1/KH", "I. MỤC TIÊU\n\n" + string.Join(' ', sentences));

        Assert.Equal([sentences[0] + " " + sentences[1], sentences[2]], passages.Select(p => p.Text));
    }

    [Fact]
    public void An_abbreviation_does_not_end_a_sentence()
    {
        var first = "Tổ chức tập huấn tại TP. Thái Bình cho " + Sentence("cán bộ", 300);
        var second = Sentence("Sau đó", 350);

        var passages = PassageSplitter.Split("1/KH", first + " " + second);

        Assert.Equal([first, second], passages.Select(p => p.Text));
    }

    [Fact]
    public void Only_a_single_sentence_longer_than_a_passage_is_cut_between_words_preferably_at_a_semicolon()
    {
        var clauses = Enumerable.Range(1, 8).Select(n => $"Quyết định số {n}/QĐ-UBND ngày 17/3/2022 của Ủy ban nhân dân tỉnh phê duyệt đề án chuyển đổi số").ToList();
        var sentence = "Tuyên truyền các văn bản, như: " + string.Join("; ", clauses) + ".";

        var passages = PassageSplitter.Split("1/KH", sentence);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.True(p.Text.Length <= PassageSplitter.MaxLength, p.Text));
        Assert.All(passages.SkipLast(1), p => Assert.EndsWith(";", p.Text, StringComparison.Ordinal));
        Assert.Equal(sentence, string.Join(' ', passages.Select(p => p.Text)));
    }

    [Fact]
    public void No_shipped_passage_is_longer_than_a_passage_may_be()
    {
        foreach (var document in ShippedTexts)
        {
            Assert.All(PassageSplitter.Split(document.Number, document.Text!), p => Assert.True(p.Text.Length <= PassageSplitter.MaxLength, $"{p.Id}: {p.Text.Length}"));
        }
    }

    [Fact]
    public void Where_a_shipped_passage_ends_mid_sentence_the_next_one_under_its_heading_carries_the_sentence_on()
    {
        var cuts = 0;
        foreach (var document in ShippedTexts)
        {
            var passages = PassageSplitter.Split(document.Number, document.Text!);
            foreach (var (passage, next) in passages.Zip(passages.Skip(1)))
            {
                // The opening lines (number, date, title) and table rows are not sentences.
                if (passage.HeadingPath.Length == 0 || passage.Text.Contains(" | ", StringComparison.Ordinal) || next.HeadingPath != passage.HeadingPath || passage.Text.TrimEnd('"', '”', ')')[^1] is '.' or '!' or '?' or '…' or ':')
                {
                    continue;
                }

                cuts++;
                Assert.True(passage.Text.EndsWith(';') || passage.Text.EndsWith(','), passage.Id);
                Assert.True(char.IsLower(next.Text[0]) || next.Text.StartsWith("Nghị quyết", StringComparison.Ordinal), $"{passage.Id} → {next.Text[..30]}");
            }
        }

        Assert.InRange(cuts, 1, 3);
    }

    [Fact]
    public void A_sentence_cut_by_a_page_break_is_joined_again()
    {
        Assert.Contains(Shipped("63-KH/BTGTU"), p => p.Text.Contains("tài nguyên môi trường, sản xuất công nghiệp.", StringComparison.Ordinal));
        Assert.Contains(Shipped("96/KH-UBND"), p => p.Text.Contains("sự cần thiết phải chuyển đổi số", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_row_is_one_passage_with_its_cells_named_by_their_columns()
    {
        var appendix = Shipped("96/KH-UBND").Where(p => p.HeadingPath.StartsWith("Phụ lục: Các nhiệm vụ tuyên truyền", StringComparison.Ordinal)).ToList();

        var training = Assert.Single(appendix, p => p.Text.StartsWith("STT: 13 |", StringComparison.Ordinal));
        Assert.Equal(
            "STT: 13 | Nội dung nhiệm vụ: Tổ chức hội thảo, hội nghị tập huấn cho doanh nghiệp về chuyển đổi số | Đơn vị thực hiện: Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh | Đơn vị phối hợp: Các doanh nghiệp | Thời gian thực hiện: Hàng năm",
            training.Text);
        Assert.EndsWith("› III. Tổ chức sự kiện, cuộc thi, tập huấn, phát hành tài…", training.HeadingPath, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"STT: {n} |"), appendix.Where(p => p.Text.StartsWith("STT", StringComparison.Ordinal)).Select(p => p.Text[..(p.Text.IndexOf('|', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void The_opening_lines_are_the_first_passage_under_no_heading()
    {
        var opening = Shipped("96/KH-UBND")[0];

        Assert.Equal("", opening.HeadingPath);
        Assert.StartsWith("Số: 96 /KH-UBND\nThái Bình, ngày 17 tháng 7 năm 2023\nKẾ HOẠCH Truyền thông về chuyển đổi số", opening.Text, StringComparison.Ordinal);
        Assert.Contains(Shipped("96/KH-UBND").TakeWhile(p => p.HeadingPath == ""), p => p.Text.Contains("Tờ trình số 50/TTr-STTTT ngày 07/7/2023", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("63-KH/BTGTU", "K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN: Dương Mỹ Pha")]
    [InlineData("96/KH-UBND", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH: Trần Thị Bích Hằng")]
    [InlineData("Tân Ninh – tuyên truyền NQ 57", "T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ THƯỜNG TRỰC: Quản Trọng Thế")]
    [InlineData("1850-CV/TĐTN-TCKT", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN, PHÓ BÍ THƯ: Võ Tuấn Thông")]
    public void The_signer_is_a_passage_of_its_own_even_when_named_after_the_recipients(string number, string signing)
    {
        var passages = Shipped(number);

        Assert.Equal(signing, Assert.Single(passages, p => p.HeadingPath == PassageSplitter.SignerHeading).Text);
        Assert.Contains(passages, p => p.HeadingPath == "Nơi nhận" && p.Text.StartsWith("- ", StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_left_by_the_conversion_is_dropped()
    {
        foreach (var document in ShippedTexts)
        {
            Assert.All(PassageSplitter.Split(document.Number, document.Text!), p =>
                Assert.False(p.Text.Contains('*', StringComparison.Ordinal) || p.Text.Contains("<i>", StringComparison.Ordinal) || p.Text.Contains("[Signature]", StringComparison.Ordinal), p.Id));
        }
    }

    [Fact]
    public void Passages_are_numbered_in_order_with_ids_that_stay_the_same_for_the_same_text()
    {
        var document = ShippedContent.Set.FindDocument("Tân Ninh – tuyên truyền NQ 57")!;

        var passages = PassageSplitter.Split(document.Number, document.Text!);

        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Order));
        Assert.Equal(passages.Select(p => $"tan-ninh-tuyen-truyen-nq-57#{p.Order}"), passages.Select(p => p.Id));
        Assert.All(passages, p => Assert.Equal(document.Number, p.DocumentNumber));
        Assert.Equal(passages, PassageSplitter.Split(document.Number, document.Text!.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }
}

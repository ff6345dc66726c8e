using System.Text;
using CdsBot.Documents;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace CdsBot.Tests.Documents;

/// <summary>What staff's files give: the text in order, or a plain Vietnamese reason with a code.</summary>
public sealed class DocumentTextExtractorTests
{
    private readonly DocumentTextExtractor _extractor = new(Options.Create(new DocumentsOptions { MaxUploadBytes = 64 * 1024 }));

    private DocumentTextError Refusal(string fileName, byte[] bytes) =>
        Assert.Throws<DocumentTextException>(() => _extractor.Extract(fileName, bytes)).Error;

    [Fact]
    public void A_docx_gives_its_paragraphs_in_order_with_word_numbering_bullets_and_table_rows_as_tab_separated_lines()
    {
        var file = DocumentFiles.Docx(
            ["Phạm vi điều chỉnh: Ngày Chuyển đổi số quốc gia.", "Thời gian: ngày 10 tháng 10 hằng năm."],
            "QUYẾT ĐỊNH",
            [("Chỉ tiêu", "Năm 2025"), ("Dịch vụ công trực tuyến toàn trình", "80%")]);

        var extracted = _extractor.Extract("quyet-dinh.docx", file);

        Assert.Equal("docx", extracted.Format);
        Assert.Equal(
            "QUYẾT ĐỊNH\nĐiều 1. Phạm vi điều chỉnh: Ngày Chuyển đổi số quốc gia.\nĐiều 2. Thời gian: ngày 10 tháng 10 hằng năm.\n" +
            "a) Điểm thứ nhất của điều cuối.\n- Một ý gạch đầu dòng.\nChỉ tiêu\tNăm 2025\nDịch vụ công trực tuyến toàn trình\t80%",
            extracted.Text);
        Assert.Empty(extracted.Warnings);
    }

    [Fact]
    public void A_pdf_gives_its_text_in_reading_order()
    {
        var extracted = _extractor.Extract("ke-hoach.PDF", DocumentFiles.Pdf("Article 1. Scope of the plan.", "Article 2. By 2025, 80% of public services are online."));

        Assert.Equal("pdf", extracted.Format);
        Assert.Contains("Article 1. Scope of the plan.", extracted.Text, StringComparison.Ordinal);
        Assert.True(extracted.Text.IndexOf("Article 1.", StringComparison.Ordinal) < extracted.Text.IndexOf("80% of public services", StringComparison.Ordinal));
    }

    [Fact]
    public void A_txt_in_utf8_with_a_byte_order_mark_or_windows_line_ends_is_read_in_nfc()
    {
        var decomposed = "Điều 1. Ngày chuyển đổi số".Normalize(NormalizationForm.FormD);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(decomposed + "\r\n\r\n\r\n\r\nĐiều 2.  \r\n")).ToArray();

        var extracted = _extractor.Extract("van-ban.txt", bytes);

        Assert.Equal("Điều 1. Ngày chuyển đổi số\n\nĐiều 2.", extracted.Text);
        Assert.True(extracted.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_as_encrypted()
    {
        var error = Refusal("mat-khau.pdf", DocumentFiles.EncryptedPdf());

        Assert.Equal(("encrypted", 400), (error.Code, error.Status));
        Assert.Equal("Tệp PDF được mã hóa (đặt mật khẩu), không đọc được nội dung. Vui lòng gỡ mật khẩu rồi tải lại.", error.Message);
    }

    [Fact]
    public void A_scanned_pdf_with_only_an_image_is_refused_as_scanned()
    {
        var error = Refusal("ban-scan.pdf", DocumentFiles.ScannedPdf());

        Assert.Equal(("scanned", 400), (error.Code, error.Status));
        Assert.StartsWith("Tệp PDF chỉ có hình ảnh (bản scan), không có chữ để đọc.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("van-ban.doc", "wrong-type", 415)]
    [InlineData("anh.png", "wrong-type", 415)]
    [InlineData("khong-duoi", "wrong-type", 415)]
    public void Only_docx_pdf_and_txt_are_taken(string fileName, string code, int status)
    {
        var error = Refusal(fileName, Encoding.UTF8.GetBytes("Điều 1."));

        Assert.Equal((code, status), (error.Code, error.Status));
        Assert.Contains("Chỉ nhận tệp .docx, .pdf hoặc .txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_as_too_large_naming_the_limit()
    {
        var error = Refusal("dai.txt", Encoding.UTF8.GetBytes(new string('a', 64 * 1024 + 1)));

        Assert.Equal(("too-large", 413), (error.Code, error.Status));
        Assert.StartsWith("Tệp quá lớn (tối đa 1 MB)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trong.txt", "")]
    [InlineData("trang.txt", "  \r\n\t\r\n")]
    public void A_file_without_any_text_is_refused_as_empty(string fileName, string content)
    {
        var error = Refusal(fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(("empty", 400), (error.Code, error.Status));
        Assert.StartsWith("Tệp trống", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_and_a_pdf_without_text_are_refused_as_empty()
    {
        Assert.Equal("empty", Refusal("trong.docx", DocumentFiles.Docx([], "", [])).Code);
        Assert.Equal("empty", Refusal("trong.pdf", DocumentFiles.Pdf()).Code);
    }

    [Fact]
    public void A_binary_or_legacy_encoded_txt_is_refused_as_not_text()
    {
        Assert.Equal("not-text", Refusal("nhi-phan.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]).Code);
        // "Điều" in Windows-1258 is not valid UTF-8.
        Assert.Equal("not-text", Refusal("tcvn.txt", [0xD0, 0x69, 0xD2, 0x75]).Code);
    }

    [Fact]
    public void Damaged_files_and_files_named_as_another_type_are_refused_as_unreadable()
    {
        Assert.Equal("unreadable", Refusal("hong.docx", Encoding.UTF8.GetBytes("không phải tệp Word")).Code);
        Assert.Equal("unreadable", Refusal("hong.pdf", Encoding.UTF8.GetBytes("không phải PDF")).Code);
        Assert.Equal("unreadable", Refusal("doi-ten.pdf", DocumentFiles.Docx(["Điều."], "Văn bản", [])).Code);
        var oldWord = Refusal("cu.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        Assert.Contains("mật khẩu", oldWord.Message, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

public sealed class PassageIndexTests
{
    private static readonly Lazy<PassageIndex> Shipped = new(() =>
    {
        var content = ShippedContent.Set;
        return new PassageIndex(content.Documents, new TextAnalyzer(content.Synonyms, content.Localities, content.Shorthand), content.Localities);
    });

    private static PassageIndex Index => Shipped.Value;

    private static bool Holds(string text, IEnumerable<string> facts) =>
        facts.All(fact => VietnameseText.Fold(text).Contains(VietnameseText.Fold(fact), StringComparison.Ordinal));

    /// <summary>Questions of eval/document-questions.jsonl (its id first) and the facts their answer must hold.</summary>
    [Theory]
    [InlineData("doc001", "Phương châm hành động của Tỉnh ủy Trà Vinh nhiệm kỳ 2020-2025 là gì?", new[] { "Đoàn kết, Kỷ cương, Hành động", "Đột phá, Phát triển" })]
    [InlineData("doc011", "Kế hoạch 96/KH-UBND Thái Bình được ban hành theo đề nghị tại tờ trình nào?", new[] { "50/TTr-STTTT", "07/7/2023" })]
    [InlineData("doc012", "so tai chinh thai binh lam gi trong ke hoach truyen thong cds", new[] { "bố trí kinh phí", "dự toán chi thường xuyên" })]
    [InlineData("doc016", "o thai binh ai to chuc tap huan cds cho doanh nghiep", new[] { "Sở Công Thương" })]
    [InlineData("doc020", "Ai ký Kế hoạch 96/KH-UBND về truyền thông chuyển đổi số của Thái Bình?", new[] { "Trần Thị Bích Hằng" })]
    [InlineData("doc028", "theo ke hoach tan ninh bai viet cua tong bi thu to lam noi cds la gi", new[] { "phương thức sản xuất mới", "trí tuệ nhân tạo" })]
    [InlineData("doc030", "quy dau tu mao hiem lap ra de lam j", new[] { "khởi nghiệp sáng tạo", "ươm tạo công nghệ" })]
    [InlineData("doc041", "Ai ký Công văn 1850 của Tỉnh đoàn Bến Tre?", new[] { "Võ Tuấn Thông" })]
    [InlineData("doc042", "Ban Thường vụ Đoàn các cấp ở Bến Tre phải làm gì để truyền thông trực tiếp về đề án chuyển đổi số?", new[] { "chủ động xây dựng kế hoạch truyền thông", "nêu gương, tiên phong" })]
    [InlineData("doc048", "Lào Cai khơi dậy khát vọng chuyển đổi số vì một Lào Cai như thế nào?", new[] { "bản sắc, văn minh, hiện đại", "đáng sống và đáng đến" })]
    [InlineData("doc049", "van phong ubnd tinh lao cai lam gi ve cds", new[] { "Cổng Thông tin điện tử tỉnh Lào Cai", "kênh thông tin" })]
    public void The_top_passage_holds_the_facts_a_real_question_asks_for(string id, string question, string[] facts)
    {
        var best = Index.Search(question)[0];

        Assert.True(Holds(best.Passage.Text, facts), $"{id}: {best.Passage.Id} <{best.Passage.HeadingPath}> {best.Passage.Text}");
    }

    /// <summary>How good passage retrieval is, as a floor: the count the lead is told is in the failure message.</summary>
    [Fact]
    public void Most_answerable_document_questions_find_their_facts_in_the_top_passage()
    {
        var questions = File.ReadLines(Path.Combine(ShippedContent.RepositoryRoot(), "eval", "document-questions.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Where(q => q.TryGetProperty("expect", out _))
            .ToList();

        var misses = questions
            .Where(q =>
            {
                var found = Index.Search(q.GetProperty("q").GetString()!, 1);
                var expect = q.GetProperty("expect").EnumerateArray().Select(alternatives => alternatives.EnumerateArray().Select(a => a.GetString()!).ToList());
                return found.Count == 0 || !expect.All(alternatives => alternatives.Any(a => Holds(found[0].Passage.Text, [a])));
            })
            .Select(q => q.GetProperty("id").GetString())
            .ToList();

        Assert.Equal(57, questions.Count);
        Assert.True(questions.Count - misses.Count >= 48, $"{questions.Count - misses.Count}/57 found; missed {string.Join(", ", misses)}");
    }

    [Theory]
    [InlineData("Phương châm hành động của Tỉnh ủy Trà Vinh nhiệm kỳ 2020-2025 là gì?", "phuong cham hanh dong cua tinh uy tra vinh nhiem ky 2020-2025 la gi")]
    [InlineData("Sở Tài chính Thái Bình làm gì trong kế hoạch truyền thông chuyển đổi số?", "so tai chinh thai binh lam gi trong ke hoach truyen thong cds")]
    public void A_question_typed_without_diacritics_finds_the_same_passage(string marked, string plain) =>
        Assert.Equal(Index.Search(marked)[0].Passage.Id, Index.Search(plain)[0].Passage.Id);

    [Theory]
    [InlineData("Sở Thông tin và Truyền thông có nhiệm vụ gì theo kế hoạch 44?", "44/KH-STTTT")]
    [InlineData("Sở Thông tin và Truyền thông có nhiệm vụ gì theo kế hoạch 96?", "96/KH-UBND")]
    [InlineData("Sở Thông tin và Truyền thông có nhiệm vụ gì theo kế hoạch 63?", "63-KH/BTGTU")]
    [InlineData("so thong tin va truyen thong co nhiem vu gi theo kh 44", "44/KH-STTTT")]
    public void A_question_naming_a_document_prefers_its_passages(string question, string number)
    {
        var best = Index.Search(question)[0].Passage;

        Assert.Equal(number, best.DocumentNumber);
        Assert.EndsWith("Sở Thông tin và Truyền thông", best.HeadingPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tuyên truyền nq 09 trên những phương tiện nào", "63-KH/BTGTU")]
    [InlineData("nq 57 tuyen truyen tren mang xa hoi nao", "Tân Ninh – tuyên truyền NQ 57")]
    public void A_question_naming_a_resolution_prefers_the_plan_whose_title_carries_it_out(string question, string number) =>
        Assert.All(Index.Search(question), c => Assert.Equal(number, c.Passage.DocumentNumber));

    [Theory]
    [InlineData("Lào Cai", "44/KH-STTTT")]
    [InlineData("Thái Bình", "96/KH-UBND")]
    public void A_question_naming_a_locality_prefers_its_documents(string locality, string number) =>
        Assert.Equal(number, Index.Search($"Đài truyền thanh xã phát chuyên mục chuyển đổi số bao lâu một lần ở {locality}")[0].Passage.DocumentNumber);

    [Fact]
    public void Unrelated_questions_fit_well_below_related_ones()
    {
        string[] related =
        [
            "Phương châm hành động của Tỉnh ủy Trà Vinh nhiệm kỳ 2020-2025 là gì?",
            "o thai binh ai to chuc tap huan cds cho doanh nghiep",
            "Lào Cai tuyên truyền chuyển đổi số trên hệ thống thông tin cơ sở thế nào?",
        ];
        string[] unrelated =
        [
            "thời tiết Lào Cai tuần này có mưa không", "đội tuyển Việt Nam đá với Thái Lan mấy giờ", "lich thi dau v-league vong nay",
            "cach tri mun trung ca",
        ];

        var lowestRelated = related.Min(q => Index.Search(q)[0].Fit);
        foreach (var question in unrelated)
        {
            var fit = Index.Search(question) is { Count: > 0 } found ? found[0].Fit : 0;
            Assert.True(fit < 0.3 && fit < lowestRelated - 0.1, $"'{question}' fits {fit:F2}; the related fit at least {lowestRelated:F2}");
        }
    }

    [Fact]
    public void Passages_are_found_by_id_followed_within_their_document_and_listed_per_document()
    {
        var plan = Index.Of("96/kh-ubnd");

        Assert.Equal(Enumerable.Range(0, plan.Count), plan.Select(p => p.Order));
        Assert.Same(plan[3], Index.Find("96-kh-ubnd#3"));
        Assert.Same(plan[4], Index.Next(plan[3]));
        Assert.Null(Index.Next(plan[^1]));
        Assert.Null(Index.Find("96-kh-ubnd#999"));
    }

    [Fact]
    public void Documents_without_a_text_have_no_passages()
    {
        Assert.Empty(Index.Of("57-NQ/TW"));
        Assert.Equal(ShippedContent.Set.Documents.Where(d => d.Text is not null).Sum(d => Index.Of(d.Number).Count), Index.Count);
        Assert.Empty(PassageIndex.Empty.Search("kế hoạch 96"));
    }

    [Fact]
    public void Publishing_content_indexes_its_documents_passages()
    {
        var catalog = new ContentCatalog(TimeProvider.System);

        catalog.Publish(ShippedContent.Set);

        Assert.Equal(Index.Count, catalog.Passages.Count);
        Assert.Equal("44/KH-STTTT", catalog.Passages.Search("kh 44 lao cai dang thong diep cds o dau")[0].Passage.DocumentNumber);
    }

    [Fact]
    public void Publishing_again_keeps_the_passages_unless_a_text_or_its_analysis_changed()
    {
        var shipped = ShippedContent.Set;
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(shipped);
        var first = catalog.Passages;

        catalog.Publish(new ContentSet(shipped.Topics, shipped.Documents, shipped.Items.Skip(1), shipped.Localities, shipped.Synonyms, shipped.Shorthand));
        var afterItemEdit = catalog.Passages;
        var edited = shipped.Documents.Select(d => d.Number == "44/KH-STTTT" ? d with { Text = d.Text + "\n\nPHỤ LỤC\n\nDanh sách đơn vị." } : d);
        catalog.Publish(new ContentSet(shipped.Topics, edited, shipped.Items, shipped.Localities, shipped.Synonyms, shipped.Shorthand));
        var afterTextEdit = catalog.Passages;
        catalog.Publish(new ContentSet(shipped.Topics, edited, shipped.Items, shipped.Localities, shipped.Synonyms.Skip(1), shipped.Shorthand));

        Assert.Same(first, afterItemEdit);
        Assert.NotSame(first, afterTextEdit);
        Assert.Equal("Danh sách đơn vị.", afterTextEdit.Of("44/KH-STTTT")[^1].Text);
        Assert.NotSame(afterTextEdit, catalog.Passages);
    }
}

using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// The shipped chat shorthand (content/shorthand.yaml), entry by entry, with and without tone marks: each term reads
/// as what it means, and a question typed in shorthand finds the item that spells it out. The theories enumerate the
/// shipped table, so an entry staff add is covered without touching this file.
/// </summary>
public sealed class ShorthandTableTests
{
    // A word no table rewrites, shared by the item that spells the meaning out and by a decoy that does not. The decoy
    // is the shorter, so BM25's length normalization favours it: only the meaning can lift the other item above it.
    private const string Anchor = "vneid";

    private static IReadOnlyList<Synonym> Shipped => ShippedContent.Set.Shorthand;

    /// <summary>Each entry as listed: term, meaning.</summary>
    public static TheoryData<string, string> Entries()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in Shipped)
        {
            data.Add(entry.Term, entry.Means);
        }

        return data;
    }

    /// <summary>Each entry as a citizen may type it: as listed, without its tone marks ("đc" → "dc"), in capitals.</summary>
    public static TheoryData<string, string> TypedEntries()
    {
        var data = new TheoryData<string, string>();
        var typings = Shipped.SelectMany(entry => new[] { entry.Term, VietnameseText.Fold(entry.Term), entry.Term.ToUpperInvariant() }
            .Select(typed => (Typed: typed, entry.Means)));
        foreach (var (typed, means) in typings.Distinct())
        {
            data.Add(typed, means);
        }

        return data;
    }

    [Theory]
    [InlineData("j", "gì")]
    [InlineData("ntn", "như thế nào")]
    [InlineData("ko", "không")]
    [InlineData("k", "không")]
    [InlineData("kg", "không")]
    [InlineData("hông", "không")]
    [InlineData("hok", "không")]
    [InlineData("dc", "được")]
    [InlineData("đc", "được")]
    [InlineData("bt", "biết")]
    [InlineData("bít", "biết")]
    [InlineData("bn", "bao nhiêu")]
    [InlineData("vs", "với")]
    [InlineData("r", "rồi")]
    [InlineData("trc", "trước")]
    [InlineData("mk", "mật khẩu")]
    [InlineData("hs", "hồ sơ")]
    [InlineData("tk", "tài khoản")]
    [InlineData("đt", "điện thoại")]
    [InlineData("dt", "điện thoại")]
    [InlineData("cccd", "căn cước công dân")]
    [InlineData("cmnd", "chứng minh nhân dân")]
    [InlineData("dvc", "dịch vụ công")]
    [InlineData("cds", "chuyển đổi số")]
    public void The_table_keeps_the_shorthand_citizens_type_most(string term, string means) =>
        Assert.Contains(new Synonym(term, means), Shipped);

    [Theory]
    [MemberData(nameof(TypedEntries))]
    public void A_term_typed_as_listed_without_tone_marks_or_in_capitals_reads_as_its_meaning(string typed, string means)
    {
        var analyzer = AnalyzerOf(Shipped);

        var read = analyzer.Analyze($"hỏi {typed} nhé");

        var spelledOut = VietnameseTokenizer.Analyze($"hỏi {means} nhé");
        Assert.Equal(spelledOut.Select(t => t.Folded), read.Select(t => t.Folded));

        // The meaning keeps its diacritics, so content that spells it out matches at full weight.
        Assert.Equal(spelledOut.Select(t => t.Spelled), read.Select(t => t.Spelled));
    }

    [Theory]
    [MemberData(nameof(TypedEntries))]
    public void A_question_in_shorthand_finds_the_item_that_spells_the_meaning_out(string typed, string means)
    {
        var found = SpelledOutAndDecoy(AnalyzerOf(Shipped), means).Search($"{Anchor} {typed}");

        Assert.Equal("spelled-out", found[0].Item.Id);
        Assert.True(found.Count < 2 || found[0].Rank > found[1].Rank, $"rank {found[0].Rank} does not lead {found[1].Rank}");
    }

    /// <summary>
    /// The expansion is what finds the item: without the entry (nor another spelling of its term) the shorthand is an
    /// unknown word, unless it is one slip of the keyboard from a word of its meaning ("nhìu" → "nhiều"), which the
    /// index's <see cref="Speller"/> mends on its own.
    /// </summary>
    [Theory]
    [MemberData(nameof(Entries))]
    public void Without_its_entry_a_term_does_not_prefer_the_item_that_spells_the_meaning_out(string term, string means)
    {
        var folded = VietnameseText.Fold(term);
        var analyzer = AnalyzerOf([.. Shipped.Where(s => VietnameseText.Fold(s.Term) != folded)]);

        // A term sharing a word with its meaning ("của mk": "của mình") reads another entry's way without its own: the words
        // only the meaning has ("mình") are what the entry adds.
        var shared = VietnameseTokenizer.Tokens(term).Intersect(VietnameseTokenizer.Tokens(means)).ToList();
        if (shared.Count > 0)
        {
            var added = VietnameseTokenizer.Tokens(means).Except(shared).ToList();
            Assert.DoesNotContain(analyzer.Analyze(term), t => added.Contains(t.Folded));
            Assert.Contains(AnalyzerOf(Shipped).Analyze(term), t => added.Contains(t.Folded));
            return;
        }

        var found = SpelledOutAndDecoy(analyzer, means).Search($"{Anchor} {term}");

        var spelledOut = found.SingleOrDefault(c => c.Item.Id == "spelled-out");
        var decoy = found.Single(c => c.Item.Id == "decoy");
        var meaning = VietnameseTokenizer.Tokens(means);
        var bothSay = VietnameseTokenizer.Tokens($"hỏi {Anchor} xem hướng dẫn");
        var speller = new Speller(
            meaning.Select(w => KeyValuePair.Create(w, 1)).Concat(bothSay.Select(w => KeyValuePair.Create(w, 2))).Concat(analyzer.OneWordTerms.Select(w => KeyValuePair.Create(w, 1))),
            analyzer.TermWords);
        var mended = speller.Correct(VietnameseTokenizer.Analyze(term)).Any(t => meaning.Contains(t.Folded) && !VietnameseTokenizer.Tokens(term).Contains(t.Folded));
        Assert.True(mended == (spelledOut is not null && spelledOut.Rank > decoy.Rank), $"'{term}' finds '{means}' without its entry: {spelledOut is not null && spelledOut.Rank > decoy.Rank}, mended: {mended}");
    }

    [Theory]
    [InlineData("acc fb cua mk bi hack", "tai khoan facebook cua minh bi hack")] // after "của", "mk" is mine
    [InlineData("quên mk vneid", "quen mat khau vneid")]
    public void Mk_is_a_password_but_after_cua_it_is_mine(string typed, string read) =>
        Assert.Equal(read, string.Join(' ', ShippedContent.Catalog().Analyzer.Analyze(typed).Select(t => t.Folded)));

    /// <summary>
    /// A word typed with its own diacritics is that word, as function words are judged by spelling
    /// (<see cref="VietnameseTokenizer.IsStopWord(Token)"/>): the table's note accepts that unaccented "hong" reads
    /// as "không", not that "hỏng" (broken), "hồng" (rose, Hồng Ngự) or "bịt" (to cover) do.
    /// </summary>
    [Theory]
    [InlineData("điện thoại bị hỏng", "hỏng")]
    [InlineData("hoa hồng", "hồng")]
    [InlineData("thành phố Hồng Ngự", "hồng")]
    [InlineData("bịt mắt", "bịt")]
    public void A_word_typed_with_other_marks_than_a_term_is_not_that_term(string text, string word) =>
        Assert.Contains(word, AnalyzerOf(Shipped).Analyze(text).Select(t => t.Spelled));

    [Fact]
    public void A_broken_phone_typed_with_its_marks_finds_the_broken_phone_item()
    {
        var index = new FaqIndex(
        [
            new FaqItem { Id = "broken", Topic = "t", Question = "Điện thoại bị hỏng phải làm sao?", Answer = "Mang đến cửa hàng sửa chữa." },
            new FaqItem { Id = "no-signal", Topic = "t", Question = "Điện thoại không vào được mạng", Answer = "Kiểm tra sim và cài đặt mạng." },
        ],
        AnalyzerOf(Shipped),
        []);

        Assert.Equal("broken", index.Search("điện thoại hỏng rồi")[0].Item.Id);
    }

    private static TextAnalyzer AnalyzerOf(IReadOnlyList<Synonym> shorthand) =>
        new(ShippedContent.Set.Synonyms, ShippedContent.Set.Localities, shorthand);

    private static FaqIndex SpelledOutAndDecoy(TextAnalyzer analyzer, string means) =>
        new(
        [
            new FaqItem { Id = "spelled-out", Topic = "t", Question = $"Hỏi {Anchor} {means}", Answer = "Xem hướng dẫn." },
            new FaqItem { Id = "decoy", Topic = "t", Question = $"Hỏi {Anchor}", Answer = "Xem hướng dẫn." },
        ],
        analyzer,
        []);
}

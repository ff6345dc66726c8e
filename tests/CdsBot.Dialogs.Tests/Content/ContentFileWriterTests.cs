using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Tests.Content;

public sealed class ContentFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ShippedContent => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content");

    [Fact]
    public void Reading_what_was_written_gives_the_same_content_back()
    {
        var original = ContentFileReader.Read(ShippedContent);

        ContentFileWriter.Write(original, _folder);
        var again = ContentFileReader.Read(_folder);

        Assert.Equal(Describe(original), Describe(again));
    }

    [Fact]
    public void Guides_are_written_one_file_each_and_read_back_the_same()
    {
        var original = ContentFileReader.Read(ShippedContent);
        Assert.NotEmpty(original.Guides);

        ContentFileWriter.Write(original, _folder);
        var again = ContentFileReader.Read(_folder);

        Assert.Equal(original.Guides.Select(g => g.Id + ".yaml").Order(), Directory.GetFiles(Path.Combine(_folder, "guides")).Select(Path.GetFileName).Order());
        Assert.Equal(original.Guides.Count, again.Guides.Count);
        foreach (var (before, after) in original.Guides.Zip(again.Guides))
        {
            Assert.Equal(before with { Steps = [], Triggers = [], Sources = [], Links = [] }, after with { Steps = [], Triggers = [], Sources = [], Links = [] });
            Assert.Equal((before.Triggers, before.Sources, before.Links), (after.Triggers, after.Sources, after.Links), new SequencesEqual());
            Assert.Equal(before.Steps.Select(s => (s.Id, s.Text, s.ImageUrl, s.Next, s.End, string.Join('|', s.Choices))), after.Steps.Select(s => (s.Id, s.Text, s.ImageUrl, s.Next, s.End, string.Join('|', s.Choices))));
        }
    }

    private sealed class SequencesEqual : IEqualityComparer<(IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<ContentLink>)>
    {
        public bool Equals((IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<ContentLink>) x, (IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<ContentLink>) y) =>
            x.Item1.SequenceEqual(y.Item1) && x.Item2.SequenceEqual(y.Item2) && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyList<ContentLink>) obj) => obj.Item1.Count;
    }

    [Fact]
    public void Document_texts_are_written_to_the_documents_folder_and_named_under_text()
    {
        var shipped = ContentFileReader.Read(ShippedContent);
        var plan = shipped.FindDocument("96/KH-UBND")!;
        var stale = Path.Combine(_folder, "documents", "old.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "a text no document names any more");

        ContentFileWriter.Write(shipped, _folder);

        Assert.Contains("text: documents/96-kh-ubnd.txt", File.ReadAllText(Path.Combine(_folder, "documents.yaml")), StringComparison.Ordinal);
        Assert.Equal(plan.Text + "\n", File.ReadAllText(Path.Combine(_folder, "documents", "96-kh-ubnd.txt")));
        Assert.False(File.Exists(stale));
        Assert.Equal(plan.Text, ContentFileReader.Read(_folder).FindDocument("96/KH-UBND")!.Text);
    }

    [Fact]
    public void Two_documents_whose_numbers_fold_alike_get_texts_of_their_own()
    {
        var shipped = ContentFileReader.Read(ShippedContent);
        SourceDocument Plan(string number, string text) => new() { Number = number, Type = "Kế hoạch", Issuer = "UBND", Title = "Kế hoạch", Text = text };
        var content = new ContentSet(shipped.Topics, [Plan("12/KH-UBND", "Văn bản thứ nhất."), Plan("12-KH/UBND", "Văn bản thứ hai.")], [], shipped.Localities, shipped.Synonyms);

        ContentFileWriter.Write(content, _folder);
        var again = ContentFileReader.Read(_folder);

        Assert.Equal("Văn bản thứ nhất.", again.FindDocument("12/KH-UBND")!.Text);
        Assert.Equal("Văn bản thứ hai.", again.FindDocument("12-KH/UBND")!.Text);
    }

    [Fact]
    public void Multi_line_answers_are_written_as_literal_blocks()
    {
        ContentFileWriter.Write(ContentFileReader.Read(ShippedContent), _folder);
        var yaml = File.ReadAllText(Path.Combine(_folder, "faq", "ngay-cds.yaml"));
        Assert.Contains("answer: |", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorthand_is_written_to_its_own_file_and_read_back()
    {
        var shipped = ContentFileReader.Read(ShippedContent);
        var original = new ContentSet(shipped.Topics, shipped.Documents, shipped.Items, shipped.Localities, shipped.Synonyms, [new Synonym("ntn", "như thế nào"), new Synonym("hông", "không")]);

        ContentFileWriter.Write(original, _folder);

        Assert.Contains("- term: ntn", File.ReadAllText(Path.Combine(_folder, "shorthand.yaml")), StringComparison.Ordinal);
        Assert.Equal(original.Shorthand, ContentFileReader.Read(_folder).Shorthand);
    }

    [Fact]
    public void Content_without_shorthand_is_written_without_a_shorthand_file()
    {
        var shipped = ContentFileReader.Read(ShippedContent);
        File.WriteAllText(Path.Combine(_folder, "shorthand.yaml"), "shorthand:\n  - { term: ko, means: không }\n");
        var without = new ContentSet(shipped.Topics, shipped.Documents, shipped.Items, shipped.Localities, shipped.Synonyms);

        ContentFileWriter.Write(without, _folder);

        Assert.False(File.Exists(Path.Combine(_folder, "shorthand.yaml")));
        Assert.Empty(ContentFileReader.Read(_folder).Shorthand);
    }

    private static string Describe(ContentSet content) => System.Text.Json.JsonSerializer.Serialize(new
    {
        Topics = content.Topics,
        Documents = content.Documents.OrderBy(d => d.Number, StringComparer.Ordinal),
        Items = content.Items.OrderBy(i => i.Id, StringComparer.Ordinal),
        content.Localities,
        content.Synonyms,
        content.Shorthand,
    });
}

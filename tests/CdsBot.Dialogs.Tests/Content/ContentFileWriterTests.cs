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
    public void Multi_line_answers_are_written_as_literal_blocks()
    {
        ContentFileWriter.Write(ContentFileReader.Read(ShippedContent), _folder);
        var yaml = File.ReadAllText(Path.Combine(_folder, "faq", "ngay-cds.yaml"));
        Assert.Contains("answer: |", yaml, StringComparison.Ordinal);
    }

    private static string Describe(ContentSet content) => System.Text.Json.JsonSerializer.Serialize(new
    {
        Topics = content.Topics,
        Documents = content.Documents.OrderBy(d => d.Number, StringComparer.Ordinal),
        Items = content.Items.OrderBy(i => i.Id, StringComparer.Ordinal),
        content.Localities,
        content.Synonyms,
    });
}

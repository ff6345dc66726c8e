using System.Text;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;

namespace CdsBot.Dialogs.Flows.Documents;

/// <summary>
/// What a citizen reads for a passage: a labelled, unaltered excerpt — "Theo Kế hoạch 96/KH-UBND ngày 17/07/2023 của
/// UBND tỉnh Thái Bình, mục II. … › 2. …:" — then the passage's own sentences, then where to read the document.
/// </summary>
public static class PassageAnswer
{
    /// <summary>The excerpt of <paramref name="passage"/> from <paramref name="document"/> (its bare text when the document is gone).</summary>
    public static string Compose(Passage passage, SourceDocument? document)
    {
        if (document is null)
        {
            return passage.Text;
        }

        var text = new StringBuilder("Theo ").Append(document.Citation);
        if (passage.HeadingPath.Length > 0)
        {
            text.Append(", mục ").Append(passage.HeadingPath);
        }

        text.Append(":\n\n«").Append(passage.Text.Trim()).Append('»');
        if (document.Link is { } link)
        {
            text.Append("\n\nXem toàn văn: ").Append(link);
        }

        return text.ToString();
    }
}

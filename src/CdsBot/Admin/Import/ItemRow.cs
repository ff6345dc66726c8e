using CdsBot.Admin.Items;

namespace CdsBot.Admin.Import;

/// <summary>One spreadsheet row read into an item id and content, or the problems that stop it.</summary>
public sealed record ItemRow(int Row, string Id, ItemContent Content);

/// <summary>A problem with one row (1-based, as the spreadsheet numbers it; the header is row 1).</summary>
public sealed record RowError(int Row, string Column, string Message)
{
    public override string ToString() => $"Dòng {Row}, cột {Column}: {Message}";
}

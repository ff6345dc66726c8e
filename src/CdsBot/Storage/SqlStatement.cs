namespace CdsBot.Storage;

/// <summary>What a statement's text says about it, for the interceptors that treat reads and writes differently.</summary>
internal static class SqlStatement
{
    /// <summary>Whether the statement changes rows: it begins with INSERT, UPDATE, DELETE or REPLACE.</summary>
    public static bool Writes(string commandText)
    {
        var text = commandText.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }
}

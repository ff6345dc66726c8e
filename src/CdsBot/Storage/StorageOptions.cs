namespace CdsBot.Storage;

/// <summary>The database (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    /// <summary>A SQLite connection string; empty means data/cdsbot.db under the content root.</summary>
    public string ConnectionString { get; set; } = "";
}

namespace CdsBot.Storage;

/// <summary>The databases the bot runs on (configuration key <c>Storage:Provider</c>).</summary>
public static class StorageProvider
{
    /// <summary>An embedded file: one instance, nothing to install. The default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A PostgreSQL server: several instances on one database.</summary>
    public const string Postgres = "postgres";
}

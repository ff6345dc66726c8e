using Microsoft.Data.Sqlite;
using Npgsql;

namespace CdsBot.Storage;

/// <summary>Recognises an insert refused by a unique key, whichever database refused it.</summary>
public static class UniqueViolation
{
    public static bool Caused(Exception exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT: the only constraints the schema declares that an insert can break are keys.
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

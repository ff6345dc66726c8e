using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CdsBot.Storage;

/// <summary>
/// The few pieces of SQL that differ between SQLite and PostgreSQL, for the statements EF's LINQ cannot express
/// (insert-first on a unique key, upserted counters, folds, claims). Everything else in those statements is written
/// once, in the SQL both accept: identifiers double-quoted (PostgreSQL folds unquoted names to lower case), INSERT …
/// ON CONFLICT … DO NOTHING / DO UPDATE with the target's columns qualified by its table, SUM(CASE …) for counts of a
/// flag, subqueries in FROM named, BIGINT for casts. Build a statement that needs one of these pieces as a raw string
/// with <c>$$"""…"""</c>, so <c>{0}</c> stays a parameter and <c>{{…}}</c> inserts the piece.
/// </summary>
public sealed class SqlDialect
{
    private static readonly SqlDialect Sqlite = new(postgres: false);
    private static readonly SqlDialect Postgres = new(postgres: true);

    private SqlDialect(bool postgres) => IsPostgres = postgres;

    public bool IsPostgres { get; }

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? Postgres : Sqlite;

    /// <summary>
    /// The instant a DateTimeOffset column (or a parameter made by <see cref="Instant"/>) holds, as an expression that
    /// compares and subtracts: SQLite keeps the value as text with its offset, which only julianday() reads as a time.
    /// </summary>
    public string At(string expression) => IsPostgres ? expression : $"julianday({expression})";

    /// <summary>A parameter value for <see cref="At"/>: the instant itself on PostgreSQL, its stored text on SQLite.</summary>
    public object Instant(DateTimeOffset at) => IsPostgres
        ? at.ToUniversalTime()
        : at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.fffffff+00:00", CultureInfo.InvariantCulture);

    /// <summary>Seconds from <paramref name="earlier"/> to <paramref name="later"/>, two DateTimeOffset expressions.</summary>
    public string SecondsBetween(string later, string earlier) => IsPostgres
        ? $"EXTRACT(EPOCH FROM ({later}) - ({earlier}))"
        : $"(julianday({later}) - julianday({earlier})) * 86400";

    /// <summary>The larger of two values: SQLite's two-argument MAX, PostgreSQL's GREATEST.</summary>
    public string Greatest(string first, string second) => IsPostgres ? $"GREATEST({first}, {second})" : $"MAX({first}, {second})";

    /// <summary>
    /// Ends the SELECT that picks the rows a worker claims: on PostgreSQL rows another worker is claiming right now are
    /// skipped, not waited for (and never taken twice); SQLite has one writer at a time, so there is nothing to skip.
    /// </summary>
    public string SkipLocked => IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
}

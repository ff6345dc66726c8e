using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CdsBot.Storage;

/// <summary>
/// A query compiled once per database model (<c>EF.CompileAsyncQuery</c>) for the statements the inbox's path runs
/// for every event: a LINQ query run as written pays on every call for turning its expression into the key of its
/// cached plan, a large part of a turn's CPU. A compiled query is bound to the model it first ran with, and SQLite's
/// and PostgreSQL's models differ, so each model gets its own.
/// </summary>
/// <remarks>EF 10 cannot compile ExecuteUpdate: the updates on that path are SQL both providers accept.</remarks>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(CdsBotDbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}

using System.Text.Json;
using CdsBot.Storage;

namespace CdsBot.Admin.Audit;

/// <summary>Adds audit entries inside the caller's unit of work, so a change and its record commit together.</summary>
public sealed class AuditLog(TimeProvider time)
{
    public void Record(CdsBotDbContext db, string actor, string action, string target, object? details = null) =>
        db.AuditEntries.Add(new AuditEntryRecord
        {
            At = time.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        });
}

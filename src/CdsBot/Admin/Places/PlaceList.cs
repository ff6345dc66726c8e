using System.Globalization;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Items;
using CdsBot.Content;
using CdsBot.Content.Records;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Places;

/// <summary>
/// The deployment's places (table <c>localities</c>) as staff change them: one at a time or the whole list from a file.
/// Each change is checked whole (<see cref="PlaceRules"/>), commits with its audit entry and the content revision, and
/// is then put in force here; the other instances follow the revision (<see cref="ContentRevisionWatcher"/>), so place
/// search in the subscription flow has it without a restart.
/// </summary>
public sealed class PlaceList(IDbContextFactory<CdsBotDbContext> contexts, ContentLoader loader, AuditLog audit)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase);

    public async Task<List<PlaceView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var places = await db.Localities.AsNoTracking().ToListAsync(cancellationToken);
        var use = await PlaceReferences.CountAsync(db, cancellationToken);
        return [.. places.OrderBy(p => p.Name, ByName).Select(p => new PlaceView(p.Id, p.Name, p.Aliases, use.GetValueOrDefault(p.Id) ?? PlaceUse.None))];
    }

    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var places = await db.Localities.AsNoTracking().ToListAsync(cancellationToken);
        return PlaceFile.Write(places.OrderBy(p => p.Name, ByName).Select(p => new Locality(p.Id, p.Name, p.Aliases)));
    }

    /// <summary>Adds the place <paramref name="id"/> or changes its names; its id never changes (items and subscriptions hold it).</summary>
    public async Task<WorkflowOutcome<PlaceView>> SaveAsync(string id, PlaceInput input, string actor, CancellationToken cancellationToken)
    {
        var name = PlaceRules.Clean(input.Name);
        var aliases = (input.Aliases ?? []).Select(PlaceRules.Clean).Where(a => a.Length > 0 && !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var place = new Locality(PlaceRules.Clean(id), name, aliases);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Localities.ToListAsync(cancellationToken);
        List<PlaceEntry> others = [.. stored.Where(p => p.Id != place.Id).Select(p => new PlaceEntry(new Locality(p.Id, p.Name, p.Aliases), 0))];
        // This place's own problems, and those it causes another place (its new name is that place's alias).
        var before = PlaceRules.Check(others).ToHashSet();
        var problems = PlaceRules.Check([.. others, new PlaceEntry(place, 0)])
            .Where(p => p.PlaceId == place.Id || !before.Contains(p))
            .Select(p => p.PlaceId == place.Id ? p : p with { Field = "name" })
            .ToList();
        if (problems.Count > 0)
        {
            return WorkflowOutcome<PlaceView>.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        var existing = stored.SingleOrDefault(p => p.Id == place.Id);
        if (existing is null)
        {
            db.Localities.Add(new LocalityRecord { Id = place.Id, Name = name, Aliases = aliases });
        }
        else
        {
            (existing.Name, existing.Aliases) = (name, aliases);
        }

        audit.Record(db, actor, existing is null ? "place.create" : "place.update", place.Id, new { name, aliases });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        var use = (await PlaceReferences.CountAsync(db, cancellationToken)).GetValueOrDefault(place.Id) ?? PlaceUse.None;
        return WorkflowOutcome<PlaceView>.Ok(new PlaceView(place.Id, name, aliases, use));
    }

    /// <summary>Removes a place nothing names; a place in use is refused, saying what names it and what to do instead.</summary>
    public async Task<WorkflowOutcome<string>> RemoveAsync(string id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var place = await db.Localities.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return WorkflowOutcome<string>.NotFound("Không có địa phương này trong danh sách.");
        }

        if ((await PlaceReferences.CountAsync(db, cancellationToken)).GetValueOrDefault(id) is { InUse: true } use)
        {
            return WorkflowOutcome<string>.Conflict(InUse(place.Name, use));
        }

        db.Localities.Remove(place);
        audit.Record(db, actor, "place.delete", id, new { place.Name, place.Aliases });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return WorkflowOutcome<string>.Ok(id);
    }

    /// <summary>
    /// Replaces the whole list with the one <paramref name="yaml"/> holds, or refuses it whole with every problem by line
    /// (nothing stored). A place left out of the file is removed, unless something names it. A dry run only checks.
    /// </summary>
    public async Task<(PlaceImported? Imported, List<PlaceProblem> Problems)> ImportAsync(string yaml, bool dryRun, string actor, CancellationToken cancellationToken)
    {
        var (entries, problems) = PlaceFile.Read(yaml);
        problems.AddRange(PlaceRules.Check(entries));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Localities.ToDictionaryAsync(p => p.Id, cancellationToken);
        var wanted = entries.ToDictionary(e => e.Place.Id, e => e.Place);
        var removed = stored.Values.Where(p => !wanted.ContainsKey(p.Id)).ToList();
        var use = await PlaceReferences.CountAsync(db, cancellationToken);
        problems.AddRange(removed.Where(p => use.GetValueOrDefault(p.Id) is { InUse: true }).Select(p =>
            new PlaceProblem(0, p.Id, "file", $"Tệp thiếu địa phương “{p.Id}” ({p.Name}). {InUse(p.Name, use[p.Id])} Anh/Chị giữ nó trong tệp.")));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var added = entries.Where(e => !stored.ContainsKey(e.Place.Id)).Select(e => e.Place).ToList();
        var changed = entries.Select(e => e.Place)
            .Where(p => stored.TryGetValue(p.Id, out var old) && (old.Name != p.Name || !old.Aliases.SequenceEqual(p.Aliases)))
            .ToList();
        var outcome = new PlaceImported(entries.Count, [.. added.Select(p => p.Id)], [.. changed.Select(p => p.Id)], [.. removed.Select(p => p.Id)], dryRun);
        if (dryRun)
        {
            return (outcome, problems);
        }

        db.Localities.RemoveRange(removed);
        db.Localities.AddRange(added.Select(p => new LocalityRecord { Id = p.Id, Name = p.Name, Aliases = [.. p.Aliases] }));
        foreach (var place in changed)
        {
            (stored[place.Id].Name, stored[place.Id].Aliases) = (place.Name, [.. place.Aliases]);
        }

        audit.Record(db, actor, "place.import", "localities", new { outcome.Places, outcome.Added, outcome.Changed, outcome.Removed });
        ContentRevision.Touch(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await loader.ReloadAsync(cancellationToken);
        return (outcome, problems);
    }

    private static string InUse(string name, PlaceUse use) =>
        $"Không xóa được “{name}” vì đang được dùng: {use.Describe()}. Nếu xã, phường này đã sáp nhập, Anh/Chị sửa tên nơi này thành tên mới và ghi tên cũ vào “Tên gọi khác”; nếu cần xóa, chuyển các mục, văn bản sang địa phương khác trước.";
}

namespace CdsBot.Admin.Audit;

/// <summary>One change or publication: who, when, what.</summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary>What was done, e.g. "item.create", "item.approve", "item.rollback".</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, e.g. the item id.</summary>
    public required string Target { get; set; }

    /// <summary>Details as JSON (the change, the version).</summary>
    public string? Details { get; set; }
}

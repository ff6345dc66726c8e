using System.Globalization;
using System.Text;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Items;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Campaigns;

/// <summary>
/// Campaigns through their life: written as drafts (any edit returns an approved campaign to draft), approved by a
/// publisher other than anyone who wrote it, started by the worker at the scheduled time, paused, resumed or cancelled by a publisher.
/// </summary>
public sealed class CampaignWorkflow(
    IDbContextFactory<CdsBotDbContext> contexts,
    ContentCatalog catalog,
    AudienceBuilder audience,
    AuditLog audit,
    IOptions<BroadcastOptions> options,
    TimeProvider time)
{
    public const int MaxTextLength = 1000;

    public async Task<IReadOnlyList<CampaignView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Id).Take(200).ToListAsync(cancellationToken);
        return [.. campaigns.Select(c => CampaignView.From(c, null))];
    }

    public async Task<CampaignView?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null ? null : CampaignView.From(campaign, await CampaignStats.ForAsync(db, id, cancellationToken));
    }

    public async Task<WorkflowOutcome<CampaignView>> CreateAsync(CampaignInput input, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var campaign = new CampaignRecord { Name = "", Text = "", CreatedBy = actor, CreatedAt = now };
        if (Apply(input, campaign) is { Count: > 0 } errors)
        {
            return WorkflowOutcome<CampaignView>.Invalid(errors);
        }

        campaign.WrittenBy(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(db, actor, "campaign.create", Target(campaign.Id), input);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<CampaignView>.Ok(CampaignView.From(campaign, null));
    }

    public async Task<WorkflowOutcome<CampaignView>> UpdateAsync(long id, CampaignInput input, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return WorkflowOutcome<CampaignView>.NotFound();
        }

        if (campaign.Status is not (CampaignStatus.Draft or CampaignStatus.Approved))
        {
            return WorkflowOutcome<CampaignView>.Conflict($"Chiến dịch {StatusText(campaign.Status)} không sửa được nữa.");
        }

        if (Apply(input, campaign) is { Count: > 0 } errors)
        {
            return WorkflowOutcome<CampaignView>.Invalid(errors);
        }

        (campaign.Status, campaign.ApprovedBy, campaign.ApprovedAt) = (CampaignStatus.Draft, null, null);
        campaign.WrittenBy(actor);
        // Rows a start left behind (it was interrupted, or raced this edit) belong to the old audience; none was sent.
        await db.Deliveries.Where(d => d.CampaignId == id && d.Status == DeliveryStatus.Queued).ExecuteDeleteAsync(cancellationToken);
        audit.Record(db, actor, "campaign.update", Target(id), input);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<CampaignView>.Ok(CampaignView.From(campaign, null));
    }

    public async Task<WorkflowOutcome<CampaignView>> ApproveAsync(long id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return WorkflowOutcome<CampaignView>.NotFound();
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            return WorkflowOutcome<CampaignView>.Conflict($"Chỉ duyệt được chiến dịch ở dạng bản nháp; chiến dịch này {StatusText(campaign.Status)}.");
        }

        if (campaign.WasWrittenBy(actor))
        {
            return WorkflowOutcome<CampaignView>.Conflict("Chiến dịch phải do một người duyệt khác người soạn và người đã sửa nó duyệt.");
        }

        if (campaign.ExpiresAt <= time.GetUtcNow())
        {
            return WorkflowOutcome<CampaignView>.Conflict("Chiến dịch đã hết hạn: Anh/Chị sửa ngày gửi và ngày hết hạn trước.");
        }

        (campaign.Status, campaign.ApprovedBy, campaign.ApprovedAt, campaign.UpdatedAt) = (CampaignStatus.Approved, actor, time.GetUtcNow(), time.GetUtcNow());
        audit.Record(db, actor, "campaign.approve", Target(id));
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowOutcome<CampaignView>.Ok(CampaignView.From(campaign, null));
    }

    /// <summary>Stops sending for now: rows a dispatcher has claimed but not started go back to the queue.</summary>
    public Task<WorkflowOutcome<CampaignView>> PauseAsync(long id, string actor, CancellationToken cancellationToken) =>
        MoveAsync(id, actor, "campaign.pause", [CampaignStatus.Running], CampaignStatus.Paused, cancellationToken, ledger => ledger
            .Where(d => d.Status == DeliveryStatus.Claimed)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Queued).SetProperty(x => x.NextAttemptMs, 0L), cancellationToken));

    public Task<WorkflowOutcome<CampaignView>> ResumeAsync(long id, string actor, CancellationToken cancellationToken) =>
        MoveAsync(id, actor, "campaign.resume", [CampaignStatus.Paused], CampaignStatus.Running, cancellationToken);

    /// <summary>Stops the campaign: nothing more is sent, deferred copies are dropped; what was sent stays sent.</summary>
    public Task<WorkflowOutcome<CampaignView>> CancelAsync(long id, string actor, CancellationToken cancellationToken) =>
        MoveAsync(id, actor, "campaign.cancel", [CampaignStatus.Draft, CampaignStatus.Approved, CampaignStatus.Running, CampaignStatus.Paused], CampaignStatus.Cancelled, cancellationToken, ledger => ledger
            .Where(d => d.Status == DeliveryStatus.Queued || d.Status == DeliveryStatus.Claimed || d.Status == DeliveryStatus.Deferred)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Skipped).SetProperty(x => x.Reason, "campaign cancelled"), cancellationToken));

    /// <summary>How many subscribers the campaign's audience matches now, per channel.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> AudienceAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null
            ? null
            : (await audience.MatchAsync(db, campaign, time.GetUtcNow(), cancellationToken)).GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>
    /// Subscribers an audience not yet saved would match now, per channel: staff count before saving. Only the audience's
    /// own fields are checked (a name or text still missing does not stop the count).
    /// </summary>
    public async Task<WorkflowOutcome<IReadOnlyDictionary<string, int>>> PreviewAudienceAsync(CampaignInput input, CancellationToken cancellationToken)
    {
        var campaign = new CampaignRecord { Name = "", Text = "", CreatedBy = "", CreatedAt = time.GetUtcNow() };
        // The message and times do not change who receives it: stand-ins let the audience be read while they are unfinished.
        var audienceOnly = input with { Name = "-", Text = "-", ScheduledAt = "2000-01-01T00:00", ExpiresAt = "2000-01-02T00:00" };
        var errors = Apply(audienceOnly, campaign).Where(e => e.Key is "topics" or "localities" or "channels" or "accounts" or "activeWithinDays" or "silentForDays").ToDictionary();
        if (errors.Count > 0)
        {
            return WorkflowOutcome<IReadOnlyDictionary<string, int>>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await audience.MatchAsync(db, campaign, time.GetUtcNow(), cancellationToken);
        return WorkflowOutcome<IReadOnlyDictionary<string, int>>.Ok(recipients.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>
    /// Moves the campaign from one of <paramref name="from"/> to <paramref name="to"/>; then, if it moved, adjusts its
    /// <paramref name="ledger"/> rows. Status, ledger and audit entry commit together or not at all.
    /// </summary>
    private async Task<WorkflowOutcome<CampaignView>> MoveAsync(
        long id, string actor, string action, string[] from, string to, CancellationToken cancellationToken, Func<IQueryable<DeliveryRecord>, Task<int>>? ledger = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var moved = await db.Campaigns.Where(c => c.Id == id && from.Contains(c.Status))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, to).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return WorkflowOutcome<CampaignView>.NotFound();
        }

        if (moved == 0)
        {
            return WorkflowOutcome<CampaignView>.Conflict($"Chiến dịch {StatusText(campaign.Status)} không chuyển sang {StatusText(to)} được.");
        }

        if (ledger is not null)
        {
            await ledger(db.Deliveries.Where(d => d.CampaignId == id));
        }

        audit.Record(db, actor, action, Target(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowOutcome<CampaignView>.Ok(CampaignView.From(campaign, null));
    }

    /// <summary>Validates <paramref name="input"/> and copies it onto <paramref name="campaign"/>; the errors by field, if any.</summary>
    private Dictionary<string, string[]> Apply(CampaignInput input, CampaignRecord campaign)
    {
        var errors = new Dictionary<string, string[]>();
        var content = catalog.Content;
        var name = input.Name?.Trim().Normalize(NormalizationForm.FormC) ?? "";
        var text = input.Text?.Trim().Normalize(NormalizationForm.FormC) ?? "";
        if (name.Length is 0 or > 200)
        {
            errors["name"] = ["Tên chiến dịch là bắt buộc (tối đa 200 ký tự)."];
        }

        if (text.Length is 0 or > MaxTextLength)
        {
            errors["text"] = [$"Nội dung là bắt buộc (tối đa {MaxTextLength} ký tự, vừa một màn hình điện thoại)."];
        }

        foreach (var (field, url) in new[] { ("linkUrl", input.LinkUrl), ("imageUrl", input.ImageUrl) })
        {
            if (!string.IsNullOrWhiteSpace(url) && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http"))
            {
                errors[field] = ["Địa chỉ phải là liên kết http(s) đầy đủ."];
            }
        }

        var topics = (input.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        if (topics.FirstOrDefault(t => content.FindTopic(t) is null) is { } unknownTopic)
        {
            errors["topics"] = [$"Không có chủ đề '{unknownTopic}'."];
        }

        var localities = (input.Localities ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct().ToList();
        if (localities.FirstOrDefault(l => l != Localities.National && content.Localities.All(x => x.Id != l)) is { } unknownLocality)
        {
            errors["localities"] = [$"Không có địa phương '{unknownLocality}'."];
        }

        var channels = (input.Channels ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
        if (channels.FirstOrDefault(c => !audience.Channels.Contains(c)) is { } unknownChannel)
        {
            errors["channels"] = [$"Kênh '{unknownChannel}' không gửi tin chủ động được (chỉ {string.Join(", ", audience.Channels)})."];
        }

        var accounts = (input.Accounts ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        if (accounts.FirstOrDefault(a => audience.Accounts.All(known => known.Id != a)) is { } unknownAccount)
        {
            errors["accounts"] = [$"Không có tài khoản gửi '{unknownAccount}' (OA Zalo hay Trang Facebook nào đã cấu hình)."];
        }

        if (input.ActiveWithinDays is < 0 || input.InactiveForDays is < 0)
        {
            errors["activeWithinDays"] = ["Số ngày không được âm."];
        }

        var scheduled = ParseLocal(input.ScheduledAt);
        if (scheduled is null)
        {
            errors["scheduledAt"] = ["Thời điểm gửi là bắt buộc, theo giờ Việt Nam, dạng 2026-10-10T08:00."];
        }

        var expires = string.IsNullOrWhiteSpace(input.ExpiresAt) ? scheduled?.AddDays(options.Value.DefaultExpiryDays) : ParseLocal(input.ExpiresAt);
        if (expires is null || (scheduled is not null && expires <= scheduled))
        {
            errors["expiresAt"] = ["Hạn của chiến dịch phải sau thời điểm gửi (giờ Việt Nam, dạng 2026-10-17T08:00)."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        campaign.Name = name;
        ApplyMessage(input, campaign);
        (campaign.Topics, campaign.Localities, campaign.Channels, campaign.Accounts) = (topics, localities, channels, accounts);
        (campaign.ActiveWithinDays, campaign.InactiveForDays) = (input.ActiveWithinDays, input.InactiveForDays);
        (campaign.ScheduledAt, campaign.ExpiresAt, campaign.UpdatedAt) = (scheduled!.Value.ToUniversalTime(), expires!.Value.ToUniversalTime(), time.GetUtcNow());
        return errors;
    }

    /// <summary>
    /// Copies what the citizen receives (text, link, link title, picture, contest button) from <paramref name="input"/> onto
    /// <paramref name="campaign"/>, trimmed and NFC; saving does it after validating, the preview without.
    /// </summary>
    public static void ApplyMessage(CampaignInput input, CampaignRecord campaign)
    {
        campaign.Text = input.Text?.Trim().Normalize(NormalizationForm.FormC) ?? "";
        campaign.LinkUrl = string.IsNullOrWhiteSpace(input.LinkUrl) ? null : input.LinkUrl.Trim();
        campaign.LinkTitle = string.IsNullOrWhiteSpace(input.LinkTitle) ? null : input.LinkTitle.Trim().Normalize(NormalizationForm.FormC);
        campaign.ImageUrl = string.IsNullOrWhiteSpace(input.ImageUrl) ? null : input.ImageUrl.Trim();
        campaign.JoinContest = input.JoinContest;
    }

    /// <summary>"2026-10-10T08:00" as Vietnam time; a value with an offset keeps it.</summary>
    public static DateTimeOffset? ParseLocal(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(value.Trim(), localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, VietnamTime.Offset);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset) ? withOffset : null;
    }

    private static string Target(long id) => $"campaign:{id}";

    /// <summary>A campaign status as the staff page names it.</summary>
    private static string StatusText(string status) => status switch
    {
        "draft" => "đang là bản nháp",
        "approved" => "đã duyệt",
        "running" => "đang gửi",
        "paused" => "đang tạm dừng",
        "completed" => "đã gửi xong",
        "cancelled" => "đã hủy",
        _ => status,
    };
}

using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Guides;
using CdsBot.Admin.Items;
using CdsBot.Admin.Staff;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Content.Records;
using CdsBot.Contests;
using CdsBot.Handoffs;
using CdsBot.Inbox;
using CdsBot.Insights;
using CdsBot.Lessons;
using CdsBot.Privacy;
using CdsBot.Rephrasing;
using CdsBot.Subscriptions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// The bot's database: one model for every provider (<see cref="StorageProvider"/>). Each provider's migrations belong to
/// a context derived from this one (<see cref="SqliteMigrationContext"/>, <see cref="PostgresMigrationContext"/>), whose
/// remarks give the command that adds one; add a migration to both.
/// </summary>
public class CdsBotDbContext : DbContext, IDataProtectionKeyContext
{
    public CdsBotDbContext(DbContextOptions<CdsBotDbContext> options)
        : base(options)
    {
    }

    protected CdsBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StateRecord> States => Set<StateRecord>();

    public DbSet<HandoffRecord> Handoffs => Set<HandoffRecord>();

    public DbSet<HandoffMessageRecord> HandoffMessages => Set<HandoffMessageRecord>();

    public DbSet<FaqItemRecord> FaqItems => Set<FaqItemRecord>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<DocumentTextRecord> DocumentTexts => Set<DocumentTextRecord>();

    public DbSet<ContentRevisionRecord> ContentRevisions => Set<ContentRevisionRecord>();

    public DbSet<TopicRecord> Topics => Set<TopicRecord>();

    public DbSet<LocalityRecord> Localities => Set<LocalityRecord>();

    public DbSet<SynonymRecord> Synonyms => Set<SynonymRecord>();

    public DbSet<ShorthandRecord> Shorthand => Set<ShorthandRecord>();

    public DbSet<GuideRecord> Guides => Set<GuideRecord>();

    public DbSet<LessonRecord> Lessons => Set<LessonRecord>();

    public DbSet<ContestRecord> Contests => Set<ContestRecord>();

    public DbSet<ContestRoundRecord> ContestRounds => Set<ContestRoundRecord>();

    public DbSet<ContestQuestionRecord> ContestQuestions => Set<ContestQuestionRecord>();

    public DbSet<ContestAttemptRecord> ContestAttempts => Set<ContestAttemptRecord>();

    public DbSet<ContestAnswerRecord> ContestAnswers => Set<ContestAnswerRecord>();

    public DbSet<LessonResultRecord> LessonResults => Set<LessonResultRecord>();

    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();

    public DbSet<UnansweredRecord> Unanswered => Set<UnansweredRecord>();

    public DbSet<InboxEventRecord> InboxEvents => Set<InboxEventRecord>();

    public DbSet<OutboundMessageRecord> OutboundMessages => Set<OutboundMessageRecord>();

    public DbSet<ZaloUserRecord> ZaloUsers => Set<ZaloUserRecord>();

    public DbSet<ZaloTokenRecord> ZaloTokens => Set<ZaloTokenRecord>();

    public DbSet<MessengerUserRecord> MessengerUsers => Set<MessengerUserRecord>();

    public DbSet<StaffUserRecord> StaffUsers => Set<StaffUserRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<ItemDraftRecord> ItemDrafts => Set<ItemDraftRecord>();

    public DbSet<GuideDraftRecord> GuideDrafts => Set<GuideDraftRecord>();

    public DbSet<ErasureRequestRecord> ErasureRequests => Set<ErasureRequestRecord>();

    public DbSet<ItemVersionRecord> ItemVersions => Set<ItemVersionRecord>();

    public DbSet<CampaignRecord> Campaigns => Set<CampaignRecord>();

    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    public DbSet<QuotaRecord> Quotas => Set<QuotaRecord>();

    public DbSet<SendWindowRecord> SendWindows => Set<SendWindowRecord>();

    public DbSet<TurnLogRecord> TurnLog => Set<TurnLogRecord>();

    public DbSet<TurnDailyRecord> TurnDaily => Set<TurnDailyRecord>();

    public DbSet<ItemDailyRecord> ItemDaily => Set<ItemDailyRecord>();

    public DbSet<LoginAttemptRecord> LoginAttempts => Set<LoginAttemptRecord>();

    public DbSet<RephraseCountRecord> RephraseCounts => Set<RephraseCountRecord>();

    /// <summary>The Data Protection key ring (staff cookies, bearer tokens, antiforgery tokens), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CdsBotDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // SQLite's built-in NOCASE, made on PostgreSQL: document numbers are one key whatever their letter case.
            modelBuilder.HasCollation("NOCASE", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            // timestamptz takes only UTC instants; SQLite keeps whatever offset it is given.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
        }
    }
}

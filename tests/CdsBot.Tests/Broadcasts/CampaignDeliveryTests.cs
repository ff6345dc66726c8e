using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Privacy;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A campaign goes to each subscriber through the lane their channel allows now, and to nobody else.</summary>
public sealed class CampaignDeliveryTests
{
    [Fact]
    public async Task Reaches_exactly_the_subscribers_a_lane_allows_and_defers_the_rest()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-open-1", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-open-2", TimeSpan.FromHours(23));
        await bot.AddSubscriberAsync("messenger", "m-closed", TimeSpan.FromHours(25));
        await bot.AddSubscriberAsync("messenger", "m-stopped", TimeSpan.FromHours(1), active: false);
        await bot.AddSubscriberAsync("zalo", "z-open", TimeSpan.FromHours(47));
        await bot.AddSubscriberAsync("zalo", "z-allowance-used", TimeSpan.FromHours(1), zaloRepliesUsed: 8);
        await bot.AddSubscriberAsync("zalo", "z-closed", TimeSpan.FromHours(49));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();

        Assert.Equal(["m-open-1", "m-open-2"], bot.Graph.Delivered.Select(c => c.RecipientId).Order());
        Assert.All(bot.Graph.Delivered, c => Assert.Equal("UPDATE", c.MessagingType));
        Assert.Equal(["z-open"], bot.Zalo.Delivered.Select(c => c.UserId));
        Assert.Equal("cs", bot.Zalo.Delivered.Single().Lane);
        Assert.DoesNotContain(bot.Graph.Attempts, c => c.RecipientId is "m-closed" or "m-stopped");
        Assert.DoesNotContain(bot.Zalo.Attempts, c => c.UserId is "z-allowance-used" or "z-closed");

        var ledger = await bot.LedgerAsync(id);
        Assert.Equal(6, ledger.Count);
        Assert.DoesNotContain(ledger, d => d.UserId == "m-stopped");
        Assert.Equal(["m-closed", "z-allowance-used", "z-closed"], ledger.Where(d => d.Status == DeliveryStatus.Deferred).Select(d => d.UserId).Order());
        var stats = await bot.StatsAsync(id);
        Assert.Equal((6, 3, 3), (stats.Targeted, stats.Sent, stats.Deferred));
        Assert.Contains(stats.DeferredByReason.Keys, r => r.Contains("24-hour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Zalo_consultation_message_uses_one_of_the_replies_allowed_since_the_citizens_last_message()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("zalo", "z-three-used", TimeSpan.FromHours(2), zaloRepliesUsed: 3);
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();

        Assert.Equal(DeliveryStatus.Sent, (await bot.LedgerAsync(id)).Single().Status);
        await using var db = await bot.NewContextAsync();
        Assert.Equal(4, (await db.ZaloUsers.SingleAsync(u => u.UserId == "z-three-used")).RepliesSinceInbound);
    }

    [Fact]
    public async Task Two_campaigns_to_a_Zalo_citizen_with_one_reply_left_send_one_and_defer_the_other()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("zalo", "z-one-left", TimeSpan.FromHours(2), zaloRepliesUsed: 7);
        var first = await bot.ApprovedCampaignAsync(bot.DueNow("Thông báo thứ nhất."));
        var second = await bot.ApprovedCampaignAsync(bot.DueNow("Thông báo thứ hai."));

        await bot.RunRoundAsync();

        Assert.Single(bot.Zalo.Delivered);
        var rows = (await bot.LedgerAsync(first)).Concat(await bot.LedgerAsync(second)).ToList();
        Assert.Equal([DeliveryStatus.Deferred, DeliveryStatus.Sent], rows.Select(d => d.Status).Order());
        Assert.Contains("8 replies", rows.Single(d => d.Status == DeliveryStatus.Deferred).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_larger_than_one_read_reaches_each_citizen_as_their_own_record_allows()
    {
        // Lanes are chosen for a whole claimed batch at once, in reads of a few hundred citizens: every one of them must
        // still get the lane their own record allows.
        await using var bot = BroadcastBot.Start(settings: new Dictionary<string, string?> { ["Broadcasts:BatchSize"] = "1500" });
        var expected = new Dictionary<string, bool>();
        await using (var db = await bot.NewContextAsync())
        {
            var now = bot.Time.GetUtcNow();
            for (var i = 0; i < 1_200; i++)
            {
                var (channel, user, open) = (i % 2 == 0 ? "zalo" : "messenger", $"u-{i}", i % 3 != 0);
                var lastMs = (now - TimeSpan.FromHours(open ? 1 : 60)).ToUnixTimeMilliseconds();
                db.Subscriptions.Add(new SubscriptionRecord { Channel = channel, UserId = user, Topics = [], Locality = "national", Active = true, ConsentedAt = now });
                if (channel == "zalo")
                {
                    db.ZaloUsers.Add(new ZaloUserRecord { UserId = user, Followed = true, LastInboundMs = lastMs, ProfileFetchedMs = lastMs, UpdatedAt = now });
                }
                else
                {
                    db.MessengerUsers.Add(new MessengerUserRecord { Psid = user, LastInboundMs = lastMs, UpdatedAt = now });
                }

                expected[user] = open;
            }

            await db.SaveChangesAsync();
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.RunRoundAsync();

        var ledger = await bot.LedgerAsync(id);
        Assert.Equal(1_200, ledger.Count);
        Assert.All(ledger, d => Assert.Equal(expected[d.UserId] ? DeliveryStatus.Sent : DeliveryStatus.Deferred, d.Status));
        Assert.Equal(
            expected.Where(e => e.Value).Select(e => e.Key).Order(),
            bot.Zalo.Delivered.Select(m => m.UserId).Concat(bot.Graph.Delivered.Select(m => m.RecipientId)).Order());
    }

    [Fact]
    public async Task A_batch_whose_lanes_cannot_be_read_goes_back_to_the_queue_and_is_sent_on_the_next_round()
    {
        var failing = new FailingChannel();
        await using var bot = BroadcastBot.Start(services: failing.InsteadOfMessenger);
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-2", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        failing.LanesOnce = true;
        await Assert.ThrowsAsync<InvalidOperationException>(bot.RunRoundAsync); // the worker logs it and polls again

        Assert.Empty(bot.Graph.Attempts);
        Assert.All(await bot.LedgerAsync(id), d => Assert.Equal(DeliveryStatus.Queued, d.Status));

        await bot.RunRoundAsync();

        Assert.Equal(["m-1", "m-2"], bot.Graph.Delivered.Select(c => c.RecipientId).Order());
        Assert.All(await bot.LedgerAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_send_that_fails_before_its_row_could_say_so_puts_the_batchs_unsent_rows_back_in_the_queue()
    {
        var failing = new FailingChannel();
        await using var bot = BroadcastBot.Start(services: failing.InsteadOfMessenger);
        foreach (var user in new[] { "m-1", "m-2", "m-3" })
        {
            await bot.AddSubscriberAsync("messenger", user, TimeSpan.FromHours(1));
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        failing.ReserveOnce = true;
        await Assert.ThrowsAsync<InvalidOperationException>(bot.RunRoundAsync);

        // Sends already under way when one failed finished; the failed one and those not started are queued again, none
        // is left claimed.
        var afterFailure = (await bot.LedgerAsync(id)).Select(d => d.Status).ToList();
        Assert.All(afterFailure, status => Assert.Contains(status, new[] { DeliveryStatus.Queued, DeliveryStatus.Sent }));
        Assert.Contains(DeliveryStatus.Queued, afterFailure);
        Assert.Equal(afterFailure.Count(st => st == DeliveryStatus.Sent), bot.Graph.Delivered.Count);

        await bot.RunRoundAsync();

        Assert.Equal(["m-1", "m-2", "m-3"], bot.Graph.Delivered.Select(c => c.RecipientId).Order());
        Assert.All(await bot.LedgerAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_citizen_erased_after_the_batch_chose_their_lane_is_not_sent_the_campaign()
    {
        // The lane carries the window the batch read found open, and the send does not read it again: the erasure, which
        // deletes that record, must stop the send by itself.
        var failing = new FailingChannel();
        await using var bot = BroadcastBot.Start(services: failing.InsteadOfMessenger);
        await bot.AddSubscriberAsync("messenger", "m-erased", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-kept", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        var erasure = bot.Services.GetRequiredService<CitizenErasure>();
        failing.BeforeReserve = async user =>
        {
            if (user == "m-erased")
            {
                await erasure.EraseAsync(await erasure.IdentifyAsync("messenger", user, null, CancellationToken.None), CancellationToken.None);
            }
        };

        await bot.RunRoundAsync();

        Assert.Equal(["m-kept"], bot.Graph.Attempts.Select(c => c.RecipientId));
        var ledger = await bot.LedgerAsync(id);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(ledger, d => d.UserId == "m-kept").Status);
        Assert.DoesNotContain(ledger, d => d.UserId == "m-erased");
    }

    [Fact]
    public async Task A_send_inside_the_window_its_batch_read_does_not_read_the_window_again()
    {
        // The person's record is gone by the time of the send (no erasure: their ledger row still names them). A read before
        // the part would refuse ("never written to the Page"); the message going out shows the batch's read was trusted.
        var failing = new FailingChannel();
        await using var bot = BroadcastBot.Start(services: failing.InsteadOfMessenger);
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        failing.BeforeReserve = async user =>
        {
            await using var db = await bot.NewContextAsync();
            await db.MessengerUsers.Where(u => u.Psid == user).ExecuteDeleteAsync();
        };

        await bot.RunRoundAsync();

        Assert.Equal(["m-1"], bot.Graph.Delivered.Select(c => c.RecipientId));
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await bot.LedgerAsync(id)).Status);
    }

    /// <summary>A channel whose lane read, or one reservation, fails once when told to (the database went away for a moment).</summary>
    private sealed class FailingChannel
    {
        public bool LanesOnce { get; set; }

        /// <summary>Runs right before each reservation, that is after the batch chose the lanes and before the send.</summary>
        public Func<string, Task>? BeforeReserve { get; set; }

        public bool ReserveOnce { get; set; }

        /// <summary>Puts Messenger's broadcast channel, wrapped, in place of the host's own.</summary>
        public void InsteadOfMessenger(IServiceCollection services)
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IBroadcastChannel) && d.ImplementationType == typeof(MessengerBroadcaster)));
            services.AddSingleton<MessengerBroadcaster>();
            services.AddSingleton<IBroadcastChannel>(sp => new Wrapped(sp.GetRequiredService<MessengerBroadcaster>(), this));
        }

        private sealed class Wrapped(IBroadcastChannel inner, FailingChannel failing) : IBroadcastChannel
        {
            public string Channel => inner.Channel;

            public IReadOnlyList<BroadcastAccount> Accounts => inner.Accounts;

            public Task<IReadOnlyList<LaneChoice>> ChooseLanesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
            {
                if (failing.LanesOnce)
                {
                    failing.LanesOnce = false;
                    throw new InvalidOperationException("the database is unavailable");
                }

                return inner.ChooseLanesAsync(userIds, cancellationToken);
            }

            public async Task<LaneChoice> ReserveAsync(string userId, LaneChoice chosen, CancellationToken cancellationToken)
            {
                if (failing.BeforeReserve is { } before)
                {
                    await before(userId);
                }

                lock (failing)
                {
                    if (failing.ReserveOnce)
                    {
                        failing.ReserveOnce = false;
                        throw new InvalidOperationException("the database is unavailable");
                    }
                }

                return await inner.ReserveAsync(userId, chosen, cancellationToken);
            }

            public Task<SendOutcome> SendAsync(string userId, LaneChoice lane, OutboundActivity message, int partsAlreadySent, CancellationToken cancellationToken) =>
                inner.SendAsync(userId, lane, message, partsAlreadySent, cancellationToken);

            public Task ReleaseAsync(string userId, string lane, CancellationToken cancellationToken) => inner.ReleaseAsync(userId, lane, cancellationToken);

            public string? AccountOf(string userId) => inner.AccountOf(userId);

            public Task<IReadOnlyDictionary<string, long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken) => inner.LastInboundAsync(db, cancellationToken);
        }
    }

    [Fact]
    public async Task The_message_carries_the_text_a_tracked_link_and_how_to_stop()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow("Mời Anh/Chị tham gia Ngày hội chuyển đổi số."));

        await bot.RunRoundAsync();

        var sent = Assert.Single(bot.Graph.Delivered);
        var payload = sent.Body["message"]!["attachment"]!["payload"]!;
        var text = payload["text"]!.GetValue<string>();
        Assert.StartsWith("Mời Anh/Chị tham gia Ngày hội chuyển đổi số.", text, StringComparison.Ordinal);
        Assert.Contains(CampaignMessage.StopHint, text, StringComparison.Ordinal);
        var token = (await bot.LedgerAsync(id)).Single().ClickToken;
        Assert.Equal($"https://cdsbot.example.vn/r/{token}", payload["buttons"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_citizen_who_unsubscribes_after_targeting_receives_nothing()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-stays", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-leaves", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        Assert.Equal(2, await bot.Services.GetRequiredService<AudienceBuilder>().StartAsync(id, CancellationToken.None));

        await bot.Services.GetRequiredService<CdsBot.Dialogs.Flows.Subscriptions.ISubscriptionStore>().UnsubscribeAsync("messenger", "m-leaves", "citizen", CancellationToken.None);
        await bot.RunRoundAsync();

        Assert.Equal(["m-stays"], bot.Graph.Attempts.Select(c => c.RecipientId));
        var leaver = (await bot.LedgerAsync(id)).Single(d => d.UserId == "m-leaves");
        Assert.Equal((DeliveryStatus.Skipped, "unsubscribed"), (leaver.Status, leaver.Reason));
    }

    [Fact]
    public async Task Audience_filters_by_topic_locality_channel_and_last_activity()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "all-topics-tra-vinh", TimeSpan.FromHours(1), locality: "tra-vinh");
        await bot.AddSubscriberAsync("messenger", "skills-tra-vinh", TimeSpan.FromHours(2), topics: ["ky-nang-so"], locality: "tra-vinh");
        await bot.AddSubscriberAsync("messenger", "services-tra-vinh", TimeSpan.FromHours(3), topics: ["dich-vu-cong"], locality: "tra-vinh");
        await bot.AddSubscriberAsync("messenger", "skills-lao-cai", TimeSpan.FromHours(4), topics: ["ky-nang-so"], locality: "lao-cai");
        await bot.AddSubscriberAsync("messenger", "skills-tra-vinh-quiet", TimeSpan.FromDays(40), topics: ["ky-nang-so"], locality: "tra-vinh");
        await bot.AddSubscriberAsync("zalo", "zalo-skills-tra-vinh", TimeSpan.FromHours(1), topics: ["ky-nang-so"], locality: "tra-vinh");
        var id = await bot.ApprovedCampaignAsync(bot.DueNow() with { Topics = ["ky-nang-so"], Localities = ["tra-vinh"], Channels = ["messenger"], ActiveWithinDays = 30 });

        await bot.RunRoundAsync();

        Assert.Equal(["all-topics-tra-vinh", "skills-tra-vinh"], (await bot.LedgerAsync(id)).Select(d => d.UserId).Order());
    }

    [Fact]
    public async Task Zalo_followers_outside_the_window_get_a_promotion_message_within_the_monthly_quota()
    {
        await using var bot = BroadcastBot.Start(settings: new Dictionary<string, string?>
        {
            ["Zalo:PromotionLaneEnabled"] = "true",
            ["Zalo:PromotionMonthlyQuota"] = "2",
        });
        foreach (var user in new[] { "z-1", "z-2", "z-3" })
        {
            await bot.AddSubscriberAsync("zalo", user, TimeSpan.FromDays(5));
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.RunRoundAsync();

        Assert.Equal(2, bot.Zalo.Delivered.Count);
        Assert.All(bot.Zalo.Delivered, m => Assert.Equal("promotion", m.Lane));
        Assert.All(bot.Zalo.Delivered, m => Assert.Equal("promotion", m.Message["attachment"]!["payload"]!["template_type"]!.GetValue<string>()));
        var stats = await bot.StatsAsync(id);
        Assert.Equal((2, 1), (stats.SentByLane[DeliveryLanes.ZaloPromotion], stats.Deferred));
        Assert.Contains(stats.DeferredByReason.Keys, r => r.Contains("promotion quota of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Zalo_users_who_never_followed_get_no_promotion_message_and_use_no_quota()
    {
        await using var bot = BroadcastBot.Start(settings: new Dictionary<string, string?>
        {
            ["Zalo:PromotionLaneEnabled"] = "true",
            ["Zalo:PromotionMonthlyQuota"] = "5",
        });
        await bot.AddSubscriberAsync("zalo", "z-chat-now", TimeSpan.FromDays(5), zaloFollows: null);
        await bot.AddSubscriberAsync("zalo", "z-unfollowed", TimeSpan.FromDays(5), zaloFollows: false);

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.RunRoundAsync();

        Assert.Empty(bot.Zalo.Attempts);
        var stats = await bot.StatsAsync(id);
        Assert.Equal((2, 0), (stats.Deferred, stats.Sent));
    }

    [Fact]
    public async Task Permanent_refusals_are_recorded_by_reason_and_not_retried()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-blocked", TimeSpan.FromHours(1));
        bot.Graph.FailNext(400, 551, 1545041);
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();
        await bot.RunRoundAsync();

        Assert.Single(bot.Graph.Attempts);
        var stats = await bot.StatsAsync(id);
        Assert.Equal(1, stats.Failed);
        Assert.Contains(stats.FailedByReason.Keys, r => r.Contains("551", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_start_interrupted_half_way_resumes_with_one_row_and_one_message_per_recipient()
    {
        await using var bot = BroadcastBot.Start();
        foreach (var psid in new[] { "m-1", "m-2", "m-3" })
        {
            await bot.AddSubscriberAsync("messenger", psid, TimeSpan.FromHours(1));
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await using (var db = await bot.NewContextAsync())
        {
            // What a host that died while writing the ledger leaves: some rows, the campaign still approved.
            db.Deliveries.AddRange(
                new DeliveryRecord { CampaignId = id, Channel = "messenger", UserId = "m-1", ClickToken = "left-1" },
                new DeliveryRecord { CampaignId = id, Channel = "messenger", UserId = "m-2", ClickToken = "left-2" });
            await db.SaveChangesAsync();
        }

        await bot.RunRoundAsync();

        Assert.Equal(["m-1", "m-2", "m-3"], (await bot.LedgerAsync(id)).Select(d => d.UserId).Order());
        Assert.Equal(["m-1", "m-2", "m-3"], bot.Graph.Delivered.Select(c => c.RecipientId).Order());
    }

    [Fact]
    public async Task Editing_a_campaign_whose_start_was_interrupted_drops_the_old_audiences_rows()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-tra-vinh", TimeSpan.FromHours(1), locality: "tra-vinh");
        await bot.AddSubscriberAsync("messenger", "m-lao-cai", TimeSpan.FromHours(1), locality: "lao-cai");
        var workflow = bot.Services.GetRequiredService<CdsBot.Admin.Campaigns.CampaignWorkflow>();
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await using (var db = await bot.NewContextAsync())
        {
            db.Deliveries.Add(new DeliveryRecord { CampaignId = id, Channel = "messenger", UserId = "m-lao-cai", ClickToken = "left-1" });
            await db.SaveChangesAsync();
        }

        await workflow.UpdateAsync(id, bot.DueNow() with { Localities = ["tra-vinh"] }, "editor", CancellationToken.None);
        await workflow.ApproveAsync(id, "publisher", CancellationToken.None);
        await bot.RunRoundAsync();

        Assert.Equal(["m-tra-vinh"], bot.Graph.Delivered.Select(c => c.RecipientId));
    }
}

using System.Text.Json;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.State;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Storage;

public sealed class ConversationStateTests
{
    [Fact]
    public async Task A_flow_waiting_for_an_answer_survives_a_host_restart()
    {
        var database = BotHost.NewDatabasePath();
        try
        {
            using (var before = new BotHost(database))
            {
                var chat = new ChatClient(before.CreateClient(), "restart-conv", "restart-user");
                var asked = await chat.PressAsync("HANDOFF");
                Assert.Contains("nội dung cần cán bộ hỗ trợ", ChatClient.Text(asked), StringComparison.Ordinal);
            }

            using var after = new BotHost(database);
            var resumed = new ChatClient(after.CreateClient(), "restart-conv", "restart-user");
            var confirm = await resumed.SayAsync("Tôi cần hỗ trợ đăng ký khai sinh");
            Assert.Contains("xác nhận gửi", ChatClient.Text(confirm), StringComparison.Ordinal);
            var phone = await resumed.SayAsync("có");
            Assert.Contains("số điện thoại (không bắt buộc)", ChatClient.Text(phone), StringComparison.Ordinal);
            var filed = await resumed.SayAsync("bỏ qua");
            Assert.Contains("đã được chuyển tới cán bộ", ChatClient.Text(filed), StringComparison.Ordinal);

            await using var db = await after.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
            var request = await db.Handoffs.SingleAsync();
            Assert.Equal("Tôi cần hỗ trợ đăng ký khai sinh", request.Message);
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Concurrent_turns_of_one_user_on_two_hosts_sharing_a_database_lose_no_update(string provider)
    {
        using var database = TestDatabase.Create(provider);
        {
            using var first = new BotHost(database);
            using var second = new BotHost(database);
            var clients = new[] { first.CreateClient(), second.CreateClient() };

            // One citizen, three conversations, 24 messages spread over two hosts at once.
            await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
                new ChatClient(clients[i % 2], $"conv-{i % 3}", "same-user").SayAsync($"câu hỏi số {i} về chuyển đổi số")));

            await using var db = await first.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
            var user = await db.States.SingleAsync(s => s.Key == StateKeys.User("webchat", "same-user"));
            Assert.Equal(24, JsonSerializer.Deserialize<UserProfile>(user.Json, StateJson.Options)!.MessageCount);
            var turns = await db.States.Where(s => s.Key.StartsWith("webchat/conversations/conv-")).Select(s => s.Json).ToListAsync();
            Assert.Equal(24, turns.Sum(json => JsonSerializer.Deserialize<ConversationData>(json, StateJson.Options)!.TurnCount));
        }
    }
}

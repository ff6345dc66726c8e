using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Robustness;

/// <summary>Odd but correctly signed input: nothing answers 5xx, the worker keeps going, and a normal message is still answered.</summary>
public sealed class OddInputTests
{
    private static readonly string[] ZaloBodies =
    [
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":{"id":"odd-1"}}""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":{"id":"odd-2"},"message":{"msg_id":"m-odd-2","text":""}}""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":{"id":"odd-3"},"message":{"msg_id":"m-odd-3","text":"{huge}"}}""",
        """{"app_id":"zalo-app","event_name":"user_send_sticker","timestamp":"{ts}","sender":{"id":"odd-4"},"message":{"msg_id":"m-odd-4","attachments":[{"type":"sticker"}]}}""",
        """{"app_id":"zalo-app","event_name":"user_reacted_message","timestamp":"{ts}","sender":{"id":"odd-5"},"message":{"msg_id":"m-odd-5"}}""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":{"id":"odd-6"},"message":{"msg_id":"m-odd-6","text":"\u0000\u202e💥 ́ ̉"}}""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":"not-an-object","message":[]}""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"{ts}","sender":{"id":12345},"message":{"msg_id":67890,"text":42}}""",
        """[1,2,3]""",
        """{"app_id":"zalo-app","event_name":"user_send_text","timestamp":"abc"}""",
    ];

    [Fact]
    public async Task Odd_zalo_events_never_get_a_5xx_and_a_normal_message_is_still_answered()
    {
        await using var bot = ZaloBot.Start();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var template in ZaloBodies)
        {
            var body = template.Replace("{ts}", timestamp, StringComparison.Ordinal).Replace("{huge}", new string('á', 5000), StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(body);
            var mac = ZaloSignatureVerifier.Compute(ZaloBot.AppId, bytes, timestamp, ZaloBot.OaSecret);
            using var response = await bot.Events.PostAsync(body, "mac=" + mac);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body[..Math.Min(80, body.Length)]}");
        }

        await bot.Events.PostSignedAsync(bot.Events.Text("odd-normal", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Any(m => m.UserId == "odd-normal"), "the normal message answered");
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "pending")).Result == 0, "every stored event processed");
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "failed")));
    }

    [Fact]
    public async Task Odd_messenger_deliveries_never_get_a_5xx()
    {
        await using var bot = MessengerBot.Start();
        string[] bodies =
        [
            """{"object":"page","entry":[{"id":"1","messaging":[{"sender":{},"message":{"mid":"x"}}]}]}""",
            """{"object":"page","entry":[{"id":"1","messaging":[{"sender":{"id":"p1"},"timestamp":"soon","message":{"mid":"m1","quick_reply":{}}}]}]}""",
            """{"object":"page","entry":[{"id":"1","messaging":[{"sender":{"id":"p2"},"postback":{"title":"Bắt đầu"}}]}]}""",
            """{"object":"page","entry":[{"id":"1","standby":[{"sender":{"id":"p3"},"message":{"mid":"m3","text":"alo"}}]}]}""",
            """{"object":"page","entry":"nope"}""",
            """{"object":"page","entry":[null,1,"x",{"messaging":null}]}""",
        ];
        foreach (var body in bodies)
        {
            using var response = await bot.PostAsync(body, MessengerSignatureVerifier.Compute(Encoding.UTF8.GetBytes(body), MessengerBot.AppSecret));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body}");
        }

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("p-normal", "menu")]));
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(m => m.RecipientId == "p-normal"), "the normal message answered");
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "pending")).Result == 0, "every stored event processed");
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "failed")));
    }

    [Fact]
    public async Task Odd_chat_requests_never_get_a_5xx()
    {
        using var host = new BotHost();
        var http = host.CreateClient();
        string[] bodies =
        [
            """{"conversationId":"c","userId":"u","text":"\u0000\u0001"}""",
            """{"conversationId":"c","userId":"u","payload":"FAQ:"}""",
            """{"conversationId":"c","userId":"u","payload":"TOPIC:không-có"}""",
            """{"conversationId":"c","userId":"u","payload":"HELPFUL:"}""",
            """{"conversationId":"c","userId":"u","text":"57-NQ/TW/QĐ-TTg-63/2024/NĐ-CP ////// ---- nq"}""",
            """{"conversationId":"c","userId":"u","text":"́̉̃̀̉"}""",
            """{"conversationId":{"a":1},"userId":"u","text":"x"}""",
            """{"conversationId":"c","userId":"u","text":"x","extra":[1,2,{"deep":true}]}""",
        ];
        foreach (var body in bodies)
        {
            using var response = await http.PostAsync("/api/chat", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body}");
        }

        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
    }
}

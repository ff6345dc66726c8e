using System.Net.Http.Headers;
using System.Text;
using CdsBot.Channels.Messenger;

namespace CdsBot.Tests.Fixtures;

/// <summary>Signed Messenger deliveries posted to a host configured with <see cref="MessengerBot.Settings"/>.</summary>
public sealed class MessengerWebhooks(HttpClient http)
{
    public Task PostTextAsync(string psid, string text) => PostDeliveryAsync(MessengerBot.Delivery([MessengerBot.Text(psid, text)]));

    public async Task PostDeliveryAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/messenger") { Content = content };
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", MessengerSignatureVerifier.Compute(Encoding.UTF8.GetBytes(body), MessengerBot.AppSecret));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>The Graph API calls the channel makes: Send API messages and sender actions, and the Messenger profile.</summary>
public sealed class MessengerApiClient(HttpClient http, IOptions<MessengerOptions> options)
{
    /// <summary>POST /{version}/{page}/messages with {recipient, messaging_type, message}, with the Page's token.</summary>
    public Task<GraphResult> SendAsync(MessengerPage page, string psid, string messagingType, JsonObject message, CancellationToken cancellationToken) =>
        PostAsync("messages", new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = psid },
            ["messaging_type"] = messagingType,
            ["message"] = message,
        }, page.Path, page.PageAccessToken, cancellationToken);

    /// <summary>A sender action such as typing_on (it cannot be combined with a message).</summary>
    public Task<GraphResult> SenderActionAsync(MessengerPage page, string psid, string action, CancellationToken cancellationToken) =>
        PostAsync("messages", new JsonObject { ["recipient"] = new JsonObject { ["id"] = psid }, ["sender_action"] = action }, page.Path, page.PageAccessToken, cancellationToken);

    /// <summary>POST /{version}/me/messenger_profile with <paramref name="page"/>'s token (me: the token's Page): Get Started, greeting, persistent menu.</summary>
    public Task<GraphResult> SetProfileAsync(MessengerPage page, JsonObject profile, CancellationToken cancellationToken) =>
        PostAsync("messenger_profile", profile, "me", page.PageAccessToken, cancellationToken);

    private async Task<GraphResult> PostAsync(string edge, JsonObject body, string page, string accessToken, CancellationToken cancellationToken)
    {
        var messenger = options.Value;
        var uri = new Uri(new Uri(messenger.GraphApiBaseUrl), $"/{messenger.GraphApiVersion}/{page}/{edge}?access_token={Uri.EscapeDataString(accessToken)}");
        using var response = await http.PostAsync(uri, JsonContent.Create(body), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A 5xx page or a proxy's error: transient by nature.
            throw new HttpRequestException($"The Graph API answered HTTP {(int)response.StatusCode} without JSON.", null, response.StatusCode);
        }

        if (json?["error"] is JsonObject error)
        {
            return new GraphResult(null, ReadInt(error["code"]), ReadInt(error["error_subcode"]), error["message"]?.ToString(), RetryAfter(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The Graph API answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return new GraphResult(json?["message_id"]?.ToString(), 0, 0, null, null);
    }

    private static int ReadInt(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => node.GetValue<int>(),
        JsonValueKind.String => int.TryParse(node.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0,
        _ => 0,
    };

    /// <summary>Retry-After, or the largest estimated_time_to_regain_access (minutes) of X-Business-Use-Case-Usage.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (!response.Headers.TryGetValues("X-Business-Use-Case-Usage", out var values))
        {
            return null;
        }

        try
        {
            var minutes = JsonNode.Parse(values.First())!.AsObject()
                .SelectMany(page => page.Value!.AsArray())
                .Select(usage => ReadInt(usage?["estimated_time_to_regain_access"]))
                .DefaultIfEmpty(0)
                .Max();
            return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException)
        {
            return null;
        }
    }
}

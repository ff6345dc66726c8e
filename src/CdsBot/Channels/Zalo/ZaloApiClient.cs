using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>Zalo's HTTP APIs: OA API v3 consultation messages and OAuth v4 token refresh, in Zalo's wire format.</summary>
public sealed class ZaloApiClient(HttpClient http, IOptions<ZaloOptions> options)
{
    /// <summary>The consultation lane: replies inside the user's window.</summary>
    public const string ConsultationLane = "cs";

    /// <summary>The promotion lane: broadcasts to followers, counted against the OA's quota.</summary>
    public const string PromotionLane = "promotion";

    /// <summary>POST {ApiBaseUrl}/v3.0/oa/message/cs with the access_token header.</summary>
    public Task<ZaloApiResponse> SendConsultationAsync(string accessToken, string userId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(ConsultationLane, accessToken, userId, message, cancellationToken);

    /// <summary>POST {ApiBaseUrl}/v3.0/oa/message/{lane} ("cs", "promotion", "transaction") with the access_token header.</summary>
    public async Task<ZaloApiResponse> SendAsync(string lane, string accessToken, string userId, JsonObject message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Value.ApiBaseUrl), $"/v3.0/oa/message/{lane}"))
        {
            Content = JsonContent.Create(new JsonObject { ["recipient"] = new JsonObject { ["user_id"] = userId }, ["message"] = message }),
        };
        request.Headers.Add("access_token", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Zalo answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        var error = root.TryGetProperty("error", out var e) ? ReadInt(e) : 0;
        var messageId = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("message_id", out var id)
            ? id.ToString()
            : null;
        return new ZaloApiResponse(error, root.TryGetProperty("message", out var m) ? m.ToString() : null, messageId);
    }

    /// <summary>GET {ApiBaseUrl}/v3.0/oa/user/detail?data={"user_id": …}: the user's display name, or null when Zalo gives none.</summary>
    public async Task<string?> GetDisplayNameAsync(string accessToken, string userId, CancellationToken cancellationToken)
    {
        var data = Uri.EscapeDataString(new JsonObject { ["user_id"] = userId }.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(options.Value.ApiBaseUrl), $"/v3.0/oa/user/detail?data={data}"));
        request.Headers.Add("access_token", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        var error = root.TryGetProperty("error", out var e) ? ReadInt(e) : 0;
        return error == 0 && root.TryGetProperty("data", out var detail) && detail.ValueKind == JsonValueKind.Object
               && detail.TryGetProperty("display_name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;
    }

    /// <summary>POST {OAuthBaseUrl}/v4/oa/access_token with the OA's app's secret_key header and the refresh token as a form.</summary>
    public async Task<ZaloTokenResponse> RefreshAsync(ZaloAccount account, string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Value.OAuthBaseUrl), "/v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["app_id"] = account.AppId,
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        request.Headers.Add("secret_key", account.AppSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        if (!root.TryGetProperty("access_token", out var access) || !root.TryGetProperty("refresh_token", out var refresh))
        {
            throw new InvalidOperationException("Zalo refused the token refresh: " + root.GetRawText());
        }

        var expiresIn = root.TryGetProperty("expires_in", out var expires) ? ReadInt(expires) : 90000;
        return new ZaloTokenResponse(access.GetString()!, refresh.GetString()!, expiresIn);
    }

    private static int ReadInt(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? int.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
        : value.GetInt32();
}

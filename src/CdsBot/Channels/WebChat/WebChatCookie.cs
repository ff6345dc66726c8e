using System.Security.Cryptography;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The conversation cookie: a random id naming the page's conversation, kept for <see cref="WebChatOptions.HistoryDays"/>.
/// Over HTTPS it is SameSite=None, Secure and Partitioned, so the widget's frame on a province portal (another site)
/// keeps its own conversation there; over plain HTTP it is SameSite=Lax.
/// </summary>
public static class WebChatCookie
{
    public const string Name = "cdsbot.chat";

    public static string? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && value.Length is >= 16 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? value : null;

    /// <summary>The conversation id of the cookie, or a new one set on the response; the cookie's lifetime is renewed.</summary>
    public static string Ensure(HttpContext http, int days)
    {
        var id = Read(http.Request) ?? "web-" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var options = new CookieOptions
        {
            HttpOnly = true,
            Path = "/",
            MaxAge = TimeSpan.FromDays(days),
            IsEssential = true,
            SameSite = http.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        };
        if (http.Request.IsHttps)
        {
            options.Extensions.Add("Partitioned");
        }

        http.Response.Cookies.Append(Name, id, options);
        return id;
    }
}

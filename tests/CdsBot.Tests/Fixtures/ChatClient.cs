using System.Net.Http.Json;
using System.Text.Json;

namespace CdsBot.Tests.Fixtures;

/// <summary>Talks to <c>POST /api/chat</c> as the web chat page does, and reads the answer as raw JSON.</summary>
public sealed class ChatClient(HttpClient http, string conversationId = "conv-1", string userId = "user-1")
{
    public Task<JsonElement> SayAsync(string text) => PostAsync(new { conversationId, userId, text });

    public Task<JsonElement> PressAsync(string payload) => PostAsync(new { conversationId, userId, payload });

    private async Task<JsonElement> PostAsync(object body)
    {
        using var response = await http.PostAsJsonAsync("/api/chat", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Text(JsonElement answer) =>
        string.Join("\n", answer.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CdsBot.Bench.Contest;

/// <summary>
/// What staff do before the citizens come: sign in as the admin the host creates from configuration, and create a
/// contest through <c>POST /admin/api/contests</c> with one round open from an hour ago and a bank of questions.
/// </summary>
internal static class ContestSetup
{
    public const string Staff = "bench-admin";

    // Passes StaffPasswordRule: long, varied, not in the common-passwords list.
    public const string Password = "bench-mật-khẩu-thi-2026";

    /// <summary>The host's settings that create the <see cref="Staff"/> admin at start-up.</summary>
    public static Dictionary<string, string> HostSettings() => new()
    {
        ["Admin__InitialUser"] = Staff,
        ["Admin__InitialPassword"] = Password,
    };

    /// <summary>A client for <paramref name="address"/> carrying the admin's bearer token.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address)
    {
        var http = new HttpClient { BaseAddress = address };
        using var response = await http.PostAsJsonAsync("/admin/api/auth/token", new { userName = Staff, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>
    /// Creates the contest with two rounds open now, a warm-up round and the measured one (so the measured round's
    /// answers and leaderboard hold only the measured citizens), and returns their ids.
    /// </summary>
    public static async Task<(long WarmUp, long Measured)> CreateContestAsync(HttpClient staff, int bank, int perAttempt, int seconds)
    {
        using var created = await staff.PostAsJsonAsync("/admin/api/contests", new
        {
            title = "Cuộc thi tìm hiểu về chuyển đổi số (bench)",
            organiser = "Sở Khoa học và Công nghệ",
            rules = "Mỗi người thi một lượt mỗi vòng.",
            questionsPerAttempt = perAttempt,
            secondsPerQuestion = seconds,
            rounds = new[]
            {
                new { name = "Khởi động", startsAt = VietnamTime(TimeSpan.FromHours(-2)), endsAt = VietnamTime(TimeSpan.FromHours(12)) },
                new { name = "Vòng 1", startsAt = VietnamTime(TimeSpan.FromHours(-1)), endsAt = VietnamTime(TimeSpan.FromDays(1)) },
            },
            questions = Enumerable.Range(1, bank).Select(i => new
            {
                text = $"Câu hỏi số {i} về chuyển đổi số?",
                choices = new[] { $"Đáp án A{i}", $"Đáp án B{i}", $"Đáp án C{i}" },
                correct = i % 3,
            }),
        });
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating the contest failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        // The list gives a contest's rounds in order of their start.
        var rounds = (await staff.GetFromJsonAsync<JsonElement>("/admin/api/contests"))[0].GetProperty("rounds");
        return (rounds[0].GetProperty("id").GetInt64(), rounds[1].GetProperty("id").GetInt64());
    }

    /// <summary>How many entries the round's leaderboard lists (finished, not disqualified attempts).</summary>
    public static async Task<int> LeaderboardCountAsync(HttpClient staff, long roundId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/admin/api/contests/rounds/{roundId}/leaderboard")).GetArrayLength();

    private static string VietnamTime(TimeSpan fromNow) =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Add(fromNow).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin.Places;

/// <summary>Two instances on one database: a place staff add on one is found by citizens on the other, without a restart.</summary>
public sealed class PlacesAcrossInstancesTests : IDisposable
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:InitialUser"] = "admin",
        ["Admin:InitialPassword"] = StaffBot.Password,
        ["Content:RevisionPollSeconds"] = "1",
    };

    private TestDatabase? _database;
    private BotHost? _first;
    private BotHost? _second;

    public void Dispose()
    {
        _first?.Dispose();
        _second?.Dispose();
        _database?.Dispose();
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_place_added_on_one_instance_is_offered_on_the_other_once_it_sees_the_new_revision(string provider)
    {
        _database = TestDatabase.Create(provider);
        _first = new BotHost(_database, settings: Settings);
        _second = new BotHost(_database, settings: Settings);
        var onSecond = _second.Services.GetRequiredService<ContentCatalog>();

        using var admin = _first.CreateClient();
        using var token = await admin.PostAsJsonAsync("/admin/api/auth/token", new { userName = "admin", password = StaffBot.Password });
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        (await admin.PutAsJsonAsync("/admin/api/places/phuong-my-an", new { name = "Mỹ An", aliases = new[] { "phường Mỹ An" } })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => onSecond.Content.Localities.Any(l => l.Id == "phuong-my-an"), "the second instance to load the new place", 30_000);
        var chat = new ChatClient(_second.CreateClient(), "c-" + Guid.NewGuid().ToString("N"), "u");
        await chat.SayAsync("đăng ký nhận tin");
        await chat.PressAsync("ALL");
        Assert.Contains("(Mỹ An)", ChatClient.Text(await chat.SayAsync("my an")), StringComparison.Ordinal);
    }
}

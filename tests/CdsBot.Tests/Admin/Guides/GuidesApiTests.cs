using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin.Guides;

/// <summary>Guides and lessons edited in the workspace as their files' text: checked like an import, reviewed by a second person, then in force.</summary>
public sealed class GuidesApiTests : IDisposable
{
    private const string GuideId = "bao-cao-lua-dao-156";
    private const string FirstStep = "Bước 1: Ghi lại số điện thoại, chụp màn hình tin nhắn hoặc nội dung cuộc gọi.";

    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private ContentCatalog Catalog => _bot.Host.Services.GetRequiredService<ContentCatalog>();

    [Fact]
    public async Task An_editor_changes_a_guide_a_second_person_approves_it_and_the_bot_walks_the_new_text()
    {
        var editor = await _bot.AsAsync("editor");
        var file = await editor.GetFromJsonAsync<JsonElement>($"/admin/api/guides/guide/{GuideId}");
        var yaml = file.GetProperty("yaml").GetString()!;
        Assert.Contains(FirstStep, yaml, StringComparison.Ordinal);

        var changed = yaml.Replace(FirstStep, "Bước 1: Giữ bình tĩnh, ghi lại số điện thoại và chụp màn hình tin nhắn.", StringComparison.Ordinal);
        using var submitted = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "guide", yaml = changed });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var draft = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // Nothing changes before review; the list shows the draft, and its page both texts.
        Assert.Contains(FirstStep, Catalog.Content.Guides.Single(g => g.Id == GuideId).Steps[0].Text, StringComparison.Ordinal);
        var listed = await editor.GetFromJsonAsync<JsonElement>("/admin/api/guides");
        var pending = Assert.Single(listed.GetProperty("drafts").EnumerateArray());
        Assert.Equal((GuideId, "editor", false), (pending.GetProperty("targetId").GetString(), pending.GetProperty("writtenBy").GetString(), pending.GetProperty("isNew").GetBoolean()));
        Assert.Equal(8, listed.GetProperty("guides").GetArrayLength());
        var shown = await editor.GetFromJsonAsync<JsonElement>($"/admin/api/guides/drafts/{draft}");
        Assert.Equal((changed, yaml), (shown.GetProperty("yaml").GetString(), shown.GetProperty("published").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/admin/api/guides/drafts/{draft}/approve", null)).StatusCode);
        var publisher = await _bot.AsAsync("publisher");
        using var approved = await publisher.PostAsync($"/admin/api/guides/drafts/{draft}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        Assert.StartsWith("Bước 1: Giữ bình tĩnh", Catalog.Content.Guides.Single(g => g.Id == GuideId).Steps[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, (await publisher.GetFromJsonAsync<JsonElement>("/admin/api/guides")).GetProperty("drafts").GetArrayLength());
        var walked = await new ChatClient(_bot.Anonymous(), "c-guide", "u-guide").PressAsync($"GUIDE:{GuideId}");
        Assert.Contains("Bước 1: Giữ bình tĩnh", ChatClient.Text(walked), StringComparison.Ordinal);
        var audit = await publisher.GetFromJsonAsync<JsonElement>($"/admin/api/audit?target=guide:{GuideId}");
        Assert.Equal(["guide.approve", "guide.submit"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_writer_cannot_approve_their_own_change_even_as_a_publisher()
    {
        var publisher = await _bot.AsAsync("publisher");
        var yaml = (await publisher.GetFromJsonAsync<JsonElement>("/admin/api/guides/lesson/" + Catalog.Content.Lessons[0].Id)).GetProperty("yaml").GetString()!;
        using var submitted = await publisher.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "lesson", yaml });
        var draft = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var own = await publisher.PostAsync($"/admin/api/guides/drafts/{draft}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("Cần một người khác duyệt", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await publisher.DeleteAsync($"/admin/api/guides/drafts/{draft}")).StatusCode);
    }

    [Fact]
    public async Task A_submitted_guide_gets_the_content_checks_warnings_naming_the_step_and_the_fact_its_sources_do_not_state()
    {
        var editor = await _bot.AsAsync("editor");
        var yaml = (await editor.GetFromJsonAsync<JsonElement>($"/admin/api/guides/guide/{GuideId}")).GetProperty("yaml").GetString()!;

        using var unchanged = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "guide", yaml });
        using var changed = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "guide", yaml = yaml.Replace("gọi 156,", "gọi 156 hoặc 113,", StringComparison.Ordinal) });

        Assert.Equal(0, (await unchanged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").GetArrayLength());
        var warning = Assert.Single((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
        Assert.Equal("113", warning.GetProperty("fact").GetString());
        Assert.Equal("Bước “bao-156”: «113» không có trong văn bản nguồn (91/2020/NĐ-CP): Anh/Chị đối chiếu lại với văn bản trước khi đăng.", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_naming_the_line_and_nothing_is_stored()
    {
        var editor = await _bot.AsAsync("editor");
        var yaml = (await editor.GetFromJsonAsync<JsonElement>($"/admin/api/guides/guide/{GuideId}")).GetProperty("yaml").GetString()!;

        using var badTopic = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "guide", yaml = yaml.Replace("topic: ky-nang-so", "topic: khong-co", StringComparison.Ordinal) });
        using var notYaml = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { kind = "guide", yaml = "id: x\nsteps: [\n" });
        using var noKind = await editor.PostAsJsonAsync("/admin/api/guides/drafts", new { yaml });

        Assert.Equal(HttpStatusCode.BadRequest, badTopic.StatusCode);
        Assert.Contains("topic 'khong-co' is not in topics.yaml", Errors(await badTopic.Content.ReadFromJsonAsync<JsonElement>(), "yaml"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notYaml.StatusCode);
        Assert.Matches(@"^Dòng \d+: not valid YAML", Errors(await notYaml.Content.ReadFromJsonAsync<JsonElement>(), "yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.Contains("Chọn loại", Errors(await noKind.Content.ReadFromJsonAsync<JsonElement>(), "kind"), StringComparison.Ordinal);
        Assert.Equal(0, (await editor.GetFromJsonAsync<JsonElement>("/admin/api/guides")).GetProperty("drafts").GetArrayLength());
    }

    private static string Errors(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}

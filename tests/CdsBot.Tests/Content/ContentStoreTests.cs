using System.Diagnostics;
using CdsBot.Content;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Content;

public sealed class ContentStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cdsbot-content-").FullName;
    private readonly string _database = BotHost.NewDatabasePath();

    public ContentStoreTests() => CopyFolder(BotHost.ShippedContent, _folder);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        BotHost.DeleteDatabase(_database);
    }

    [Fact]
    public async Task The_first_start_seeds_the_store_from_the_content_folder()
    {
        using var host = new BotHost(_database, _folder);

        await using var db = await Db(host);
        Assert.True(await db.FaqItems.CountAsync(i => i.Status == "published") >= 120);
        Assert.Equal(["van-ban", "dich-vu-cong", "ky-nang-so", "ngay-cds"], await db.Topics.OrderBy(t => t.Position).Select(t => t.Id).ToListAsync());
        Assert.True(await db.Synonyms.AnyAsync(s => s.Term == "bhyt"));
        Assert.True(await db.Shorthand.AnyAsync(s => s.Term == "cccd"));
        Assert.All(await db.FaqItems.ToListAsync(), i => Assert.Equal((1, ContentLoader.ImportedBy), (i.Version, i.UpdatedBy)));
    }

    [Fact]
    public async Task The_first_start_seeds_shorthand_apart_from_synonyms_and_puts_it_in_force()
    {
        File.WriteAllText(Path.Combine(_folder, "shorthand.yaml"), "shorthand:\n  - { term: j, means: gì }\n  - { term: ntn, means: như thế nào }\n");
        using var host = new BotHost(_database, _folder);

        await using var db = await Db(host);
        Assert.Equal(["j", "ntn"], await db.Shorthand.OrderBy(s => s.Id).Select(s => s.Term).ToListAsync());
        Assert.DoesNotContain("ntn", await db.Synonyms.Select(s => s.Term).ToListAsync());
        Assert.Equal([new Synonym("j", "gì"), new Synonym("ntn", "như thế nào")], host.Services.GetRequiredService<ContentCatalog>().Content.Shorthand);
    }

    [Fact]
    public async Task After_the_first_start_the_database_is_the_truth_not_the_folder()
    {
        using (new BotHost(_database, _folder))
        {
        }

        File.Delete(Path.Combine(_folder, "faq", "ngay-cds.yaml"));
        using var restarted = new BotHost(_database, _folder);

        var answer = await new ChatClient(restarted.CreateClient()).SayAsync("ngày 10 tháng 10 là ngày gì");
        Assert.Equal("ngay-cds-10-10", answer.GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task An_import_with_one_bad_file_changes_nothing_and_names_file_and_line()
    {
        using var host = new BotHost(_database, _folder);
        File.AppendAllText(Path.Combine(_folder, "faq", "ky-nang-so.yaml"), "  - id: broken\n    question: Thiếu câu trả lời\n");
        var before = await CountItems(host);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            host.Services.GetRequiredService<ContentLoader>().ImportAsync(_folder, CancellationToken.None));

        Assert.Contains(refused.Errors, e => e.File == "faq/ky-nang-so.yaml" && e.Line > 0 && e.Message.Contains("'answer' is required", StringComparison.Ordinal));
        Assert.Equal(before, await CountItems(host));
    }

    [Fact]
    public async Task Reimporting_keeps_versions_of_unchanged_items_and_bumps_changed_ones()
    {
        using var host = new BotHost(_database, _folder);
        var faq = Path.Combine(_folder, "faq", "ngay-cds.yaml");
        File.WriteAllText(faq, File.ReadAllText(faq).Replace("Số 1 và số 0 là hai chữ số", "Số 1 và số 0 – hai chữ số", StringComparison.Ordinal));

        await host.Services.GetRequiredService<ContentLoader>().ImportAsync(_folder, CancellationToken.None);

        await using var db = await Db(host);
        Assert.Equal(2, (await db.FaqItems.SingleAsync(i => i.Id == "ngay-cds-vi-sao-10-10")).Version);
        Assert.Equal(1, (await db.FaqItems.SingleAsync(i => i.Id == "ngay-cds-10-10")).Version);
        Assert.Contains("Số 1 và số 0 – hai chữ số", host.Services.GetRequiredService<ContentCatalog>().Content.FindItem("ngay-cds-vi-sao-10-10")!.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_command_refuses_a_bad_folder_with_exit_code_1_and_the_file_and_line()
    {
        File.AppendAllText(Path.Combine(_folder, "documents.yaml"), "  - number: 1/QĐ-X\n    type: Quyết định\n    issuer: X\n    title: Y\n    signed: 2024-13-45\n");

        var (exitCode, output) = await RunHostCommandAsync("content", "import", _folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was imported", output, StringComparison.Ordinal);
        Assert.Contains("documents.yaml:", output, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_command_writes_files_the_import_command_accepts()
    {
        var exported = Path.Combine(_folder, "exported");
        File.WriteAllText(Path.Combine(_folder, "shorthand.yaml"), "shorthand:\n  - { term: ntn, means: như thế nào }\n");
        Assert.Equal(0, (await RunHostCommandAsync("content", "import", _folder)).ExitCode);

        var (exportCode, _) = await RunHostCommandAsync("content", "export", exported);
        var (importCode, output) = await RunHostCommandAsync("content", "import", exported);

        Assert.Equal((0, 0), (exportCode, importCode));
        Assert.Contains("Imported", output, StringComparison.Ordinal);
        Assert.Contains("1 shorthand", output, StringComparison.Ordinal);
        Assert.Equal(ContentFileReader.Read(_folder).Items.Count(), ContentFileReader.Read(exported).Items.Count());
        Assert.Equal([new Synonym("ntn", "như thế nào")], ContentFileReader.Read(exported).Shorthand);
    }

    [Fact]
    public async Task A_document_text_is_stored_apart_loaded_into_the_document_and_kept_with_its_uploader_when_reimported_unchanged()
    {
        using var host = new BotHost(_database, _folder);
        var store = host.Services.GetRequiredService<ContentStore>();
        var content = await store.LoadAsync(CancellationToken.None);
        const string Text = "Điều 1. Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.";
        var withText = new ContentSet(content.Topics, content.Documents.Select(d => d.Number == "505/QĐ-TTg" ? d with { Text = Text } : d), content.Items, content.Localities, content.Synonyms, content.Shorthand);

        await store.ReplaceAsync(withText, "first", CancellationToken.None);
        await store.ReplaceAsync(withText, "second", CancellationToken.None);

        Assert.Equal(Text, (await store.LoadAsync(CancellationToken.None)).FindDocument("505/QĐ-TTg")!.Text);
        await using var db = await Db(host);
        var stored = await db.DocumentTexts.SingleAsync(t => t.Number == "505/QĐ-TTg");
        Assert.Equal(("505/QĐ-TTg", "txt", "first"), (stored.Number, stored.Format, stored.UploadedBy));
    }

    [Fact]
    public async Task A_stored_change_moves_the_revision_stamp_and_the_loader_reloads_once_for_it()
    {
        using var host = new BotHost(_database, _folder);
        var store = host.Services.GetRequiredService<ContentStore>();
        var loader = host.Services.GetRequiredService<ContentLoader>();
        var before = await store.RevisionAsync(CancellationToken.None);
        Assert.Equal(before, loader.Revision);

        await store.ReplaceAsync(await store.LoadAsync(CancellationToken.None), "again", CancellationToken.None);

        Assert.NotEqual(before, await store.RevisionAsync(CancellationToken.None));
        Assert.True(await loader.ReloadIfChangedAsync(CancellationToken.None));
        Assert.False(await loader.ReloadIfChangedAsync(CancellationToken.None));
        Assert.Equal(await store.RevisionAsync(CancellationToken.None), loader.Revision);
    }

    [Fact]
    public async Task Unanswered_questions_and_feedback_are_stored_for_staff()
    {
        using var host = new BotHost(_database, _folder);
        var chat = new ChatClient(host.CreateClient(), "conv-log", "user-log");

        await chat.SayAsync("cách nấu canh chua cá lóc");
        await chat.SayAsync("ngày 10 tháng 10 là ngày gì");
        await chat.PressAsync("HELPFUL:ngay-cds-10-10");
        await chat.PressAsync("UNHELPFUL:ngay-cds-10-10");

        await using var db = await Db(host);
        var unanswered = await db.Unanswered.SingleAsync();
        Assert.Equal(("cách nấu canh chua cá lóc", "cach nau canh chua ca loc", "declined", "open"), (unanswered.Text, unanswered.Folded, unanswered.Band, unanswered.Status));
        var vote = await db.Feedback.SingleAsync();
        Assert.Equal(("ngay-cds-10-10", false), (vote.ItemId, vote.Helpful));
    }

    private static async Task<CdsBotDbContext> Db(BotHost host) =>
        await host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();

    private static async Task<int> CountItems(BotHost host)
    {
        await using var db = await Db(host);
        return await db.FaqItems.CountAsync();
    }

    private async Task<(int ExitCode, string Output)> RunHostCommandAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CdsBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__ConnectionString"] = $"Data Source={_database}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

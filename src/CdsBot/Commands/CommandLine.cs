using CdsBot.Admin.Staff;
using CdsBot.Channels.Messenger;
using CdsBot.Content;
using CdsBot.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace CdsBot.Commands;

/// <summary>
/// One-shot maintenance commands run instead of the server:
/// <c>dotnet run --project src/CdsBot -- content import [folder]</c>, <c>-- content export [folder]</c>,
/// <c>-- content check [folder]</c> (reads files only, see <see cref="ContentCheckCommand"/>) and
/// <c>-- messenger setup-profile</c> and <c>-- users add --user NAME --role editor|publisher|admin</c> (the password is
/// read from the CDSBOT_PASSWORD environment variable, or from standard input).
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>Whether the command reads or writes the database (so it must be migrated first); <c>content check</c> does not.</summary>
    public static bool NeedsDatabase(string[] args) => args is not ["content", "check", ..];

    private static async Task<int> AddUserAsync(WebApplication app, string[] options)
    {
        string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
        var user = Option("--user");
        var role = Option("--role") ?? StaffRoles.Editor;
        var password = Environment.GetEnvironmentVariable("CDSBOT_PASSWORD") ?? Console.In.ReadLine() ?? "";
        try
        {
            await app.Services.GetRequiredService<StaffDirectory>().CreateAsync(user ?? "", password, role, CancellationToken.None);
            Console.WriteLine($"Created {role} '{user}'.");
            return 0;
        }
        catch (ArgumentException invalid)
        {
            Console.Error.WriteLine(invalid.Message);
            return 1;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            Console.Error.WriteLine($"A staff account named '{user}' exists already.");
            return 1;
        }
    }

    private static async Task<int> SetUpMessengerProfileAsync(WebApplication app)
    {
        var pages = app.Services.GetRequiredService<MessengerPages>();
        if (!pages.Any)
        {
            Console.Error.WriteLine("Messenger is not configured: set Messenger__AppSecret, Messenger__VerifyToken and Messenger__PageAccessToken (or list Pages under Messenger__Pages__N__…).");
            return 1;
        }

        var loader = app.Services.GetRequiredService<ContentLoader>();
        await loader.LoadAsync(CancellationToken.None);
        var profile = MessengerProfile.Build(app.Services.GetRequiredService<CdsBot.Dialogs.Flows.Root.MainMenu>());
        var api = app.Services.GetRequiredService<MessengerApiClient>();

        // Every Page served gets the same profile with its own token; one Page refusing does not stop the others.
        var refused = 0;
        foreach (var page in pages.All)
        {
            var name = string.IsNullOrWhiteSpace(page.Name) ? page.Id : $"{page.Name} ({page.Id})";
            var result = await api.SetProfileAsync(page, profile.DeepClone().AsObject(), CancellationToken.None);
            if (result.Succeeded)
            {
                Console.WriteLine($"Messenger profile set for {name}: Get Started, greeting and persistent menu.");
            }
            else
            {
                refused++;
                Console.Error.WriteLine($"Meta refused the profile of {name}: {result.Code}/{result.Subcode} {result.Message}");
            }
        }

        return refused == 0 ? 0 : 1;
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var folder = args.Length > 2 && args[0] == "content" ? Path.GetFullPath(args[2]) : app.Services.GetRequiredService<IOptions<ContentOptions>>().Value.ResolvedPath;
        switch (args)
        {
            case ["content", "import", ..]:
                try
                {
                    var content = await app.Services.GetRequiredService<ContentLoader>().ImportAsync(folder, CancellationToken.None);
                    Console.WriteLine($"Imported {content.Items.Count()} items, {content.Documents.Count()} documents, {content.Topics.Count} topics, {content.Synonyms.Count} synonyms, {content.Shorthand.Count} shorthand from {folder}.");
                    return 0;
                }
                catch (ContentValidationException invalid)
                {
                    Console.Error.WriteLine($"Nothing was imported; fix these and run the import again:");
                    foreach (var error in invalid.Errors)
                    {
                        Console.Error.WriteLine("  " + error);
                    }

                    return 1;
                }

            case ["content", "check", ..]:
                return ContentCheckCommand.Run(folder, Console.Out, Console.Error);

            case ["content", "export", ..]:
                var stored = await app.Services.GetRequiredService<ContentStore>().LoadAsync(CancellationToken.None);
                ContentFileWriter.Write(stored, folder);
                Console.WriteLine($"Exported {stored.Items.Count()} items to {folder}.");
                return 0;

            case ["users", "add", .. var options]:
                return await AddUserAsync(app, options);

            case ["messenger", "setup-profile"]:
                return await SetUpMessengerProfileAsync(app);

            default:
                Console.Error.WriteLine("Commands: content import [folder] | content export [folder] | content check [folder] | messenger setup-profile | users add --user NAME --role ROLE. Without a command the bot is served.");
                return 2;
        }
    }
}

using CdsBot.Commands;
using CdsBot.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCdsBot();

var app = builder.Build();
if (CommandLine.IsCommand(args))
{
    if (CommandLine.NeedsDatabase(args))
    {
        await app.MigrateDatabaseAsync();
    }

    return await CommandLine.RunAsync(app, args);
}

await app.InitializeAsync();
app.MapCdsBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;

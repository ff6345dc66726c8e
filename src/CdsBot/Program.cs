using CdsBot.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCdsBot();

var app = builder.Build();
await app.InitializeAsync();
app.MapCdsBot();
await app.RunAsync();

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;

namespace CdsBot.Bench.Eval;

/// <summary>The repository's root: the nearest folder holding CdsBot.sln above the working or the program's folder.</summary>
internal static class RepoRoot
{
    public const string SolutionFile = "CdsBot.sln";

    public static string Find() =>
        Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {SolutionFile} above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; run the bench from inside the repository.");

    private static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}

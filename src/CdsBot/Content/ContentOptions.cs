namespace CdsBot.Content;

/// <summary>Where the curated content files are (configuration section "Content").</summary>
public sealed class ContentOptions
{
    /// <summary>The content folder; relative paths resolve against the application's folder, where the build copies content/.</summary>
    public string Path { get; set; } = "content";

    /// <summary>How often the answerable items are re-indexed so validity dates take effect.</summary>
    public int RefreshIntervalMinutes { get; set; } = 15;

    /// <summary>How often this instance checks whether another instance changed the content (and reloads it if so).</summary>
    public int RevisionPollSeconds { get; set; } = 5;

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}

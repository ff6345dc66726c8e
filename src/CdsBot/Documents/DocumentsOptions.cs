namespace CdsBot.Documents;

/// <summary>Document texts staff upload (configuration section "Documents").</summary>
public sealed class DocumentsOptions
{
    /// <summary>The largest file accepted, in bytes (10 MiB by default).</summary>
    public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The limit in whole megabytes, as staff are told it.</summary>
    public int MaxUploadMegabytes => Math.Max(1, MaxUploadBytes / (1024 * 1024));
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace CdsBot.Bench.Eval;

/// <summary>One JSON line per query for error analysis (<c>--dump FILE</c>); does nothing without a file.</summary>
internal sealed class EvalDump(string? path) : IDisposable
{
    // Vietnamese kept readable in the file rather than escaped as \uXXXX.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly StreamWriter? _writer = path is null ? null : new StreamWriter(path);

    public string? Path => path;

    public void Write(object record) => _writer?.WriteLine(JsonSerializer.Serialize(record, Json));

    public void Dispose() => _writer?.Dispose();
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CdsBot.Tests.Fixtures;

/// <summary>A sent message's JSON with its Vietnamese left as written, for asserting on what a citizen would read.</summary>
public static class ReadableJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(JsonNode node) => node.ToJsonString(Options);
}

using System.Reflection;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>The weights <see cref="AnswerConfidence"/> ships with, to print beside a refit.</summary>
internal static class CurrentWeights
{
    private const string Field = "Weights";

    /// <summary>
    /// A copy of <c>AnswerConfidence.Weights</c>, or null when there is no such field. It is internal to CdsBot.Dialogs
    /// (only that project's tests see its internals), so it is read by name; the decisions under the current weights
    /// use the public <see cref="AnswerConfidence.Of"/> and do not depend on this.
    /// </summary>
    public static double[]? Read() =>
        (typeof(AnswerConfidence).GetField(Field, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as double[])?.ToArray();
}

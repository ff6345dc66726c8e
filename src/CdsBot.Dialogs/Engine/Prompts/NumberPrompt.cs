using System.Globalization;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a number and reads the first one in the answer ("tôi 70 tuổi" → 70). A comma is read as the
/// Vietnamese decimal separator ("1,5" → 1.5); dots between groups of three digits as thousands ("1.000" → 1000).
/// </summary>
public sealed partial class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    /// <inheritdoc />
    protected override PromptRecognition<decimal> Recognize(TurnContext turn, PromptOptions options)
    {
        var match = NumberPattern().Match(turn.Activity.Text ?? "");
        if (!match.Success)
        {
            return PromptRecognition<decimal>.Failed;
        }

        var digits = match.Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? PromptRecognition<decimal>.Of(value)
            : PromptRecognition<decimal>.Failed;
    }

    [GeneratedRegex(@"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?")]
    private static partial Regex NumberPattern();
}

using System.Globalization;

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>The payloads of the contest flow's buttons; an answer names its attempt, place and question, so it is checked whole.</summary>
public static class ContestPayloads
{
    /// <summary>Show the round open now (also a campaign's "Tham gia" button and the deep link).</summary>
    public const string Join = "CONTEST";

    /// <summary>Show the citizen's latest result, and the right answers once the round has closed.</summary>
    public const string Result = "CONTEST_RESULT";

    /// <summary>Prefix of "start (or resume) my attempt at this round": "CONTEST_GO:12".</summary>
    public const string GoPrefix = "CONTEST_GO:";

    /// <summary>Prefix of an answer: "CONTEST_ANSWER:attempt:position:question:choice".</summary>
    public const string AnswerPrefix = "CONTEST_ANSWER:";

    /// <summary>The payload that starts round <paramref name="roundId"/>.</summary>
    public static string Go(long roundId) => GoPrefix + roundId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The payload of answer <paramref name="choice"/> to <paramref name="question"/>.</summary>
    public static string Answer(AskedQuestion question, int choice) =>
        string.Join(':', AnswerPrefix.TrimEnd(':'), question.AttemptId, question.Position, question.QuestionId, choice);

    /// <summary>Reads an answer payload; null when it is not one.</summary>
    public static (long Attempt, int Position, long Question, int Choice)? ReadAnswer(string payload)
    {
        if (!payload.StartsWith(AnswerPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = payload[AnswerPrefix.Length..].Split(':');
        return parts.Length == 4
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
               && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var question)
               && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var choice)
            ? (attempt, position, question, choice)
            : null;
    }
}

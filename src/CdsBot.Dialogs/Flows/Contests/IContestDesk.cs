namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>Where contests are run (the host's database): the round open now, starting or resuming an attempt, answers.</summary>
public interface IContestDesk
{
    /// <summary>The round open now (the one ending first), or null when none is.</summary>
    Task<OpenRound?> OpenRoundAsync(CancellationToken cancellationToken);

    /// <summary>Starts, or resumes, <paramref name="userId"/>'s attempt at round <paramref name="roundId"/>.</summary>
    Task<ContestStart> StartAsync(long roundId, string channel, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes <paramref name="choice"/> as the answer at <paramref name="position"/> of an attempt. The same message
    /// (<paramref name="submitId"/>) run again, as a turn is after losing a state race, gets the verdict it got the first
    /// time; another press of the same button is a double submit and is refused.
    /// </summary>
    Task<ContestAnswer> AnswerAsync(long attemptId, string channel, string userId, int position, long questionId, int choice, string? submitId, CancellationToken cancellationToken);

    /// <summary>Records the tie-breaker prediction of a finished attempt, once, while its round is open; false when refused.</summary>
    Task<bool> PredictAsync(long attemptId, string channel, string userId, long prediction, CancellationToken cancellationToken);

    /// <summary>Records the phone number a finished attempt's citizen gave for prizes, with when and under which wording they consented.</summary>
    Task<bool> LeaveContactAsync(long attemptId, string channel, string userId, string phone, DateTimeOffset consentAt, string consentWording, CancellationToken cancellationToken);

    /// <summary>Where a finished attempt of this citizen stands now; null when it is not theirs or not finished.</summary>
    Task<ContestStanding?> StandingAsync(long attemptId, string channel, string userId, CancellationToken cancellationToken);

    /// <summary>This citizen's latest finished attempt, with the right answers once its round has closed; null when none.</summary>
    Task<ContestResult?> LatestResultAsync(string channel, string userId, CancellationToken cancellationToken);
}

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>Where contests are run (the host's database): the round open now, starting or resuming an attempt, answers.</summary>
public interface IContestDesk
{
    /// <summary>The round open now (the one ending first), or null when none is.</summary>
    Task<OpenRound?> OpenRoundAsync(CancellationToken cancellationToken);

    /// <summary>Starts, or resumes, <paramref name="userId"/>'s attempt at round <paramref name="roundId"/>.</summary>
    Task<ContestStart> StartAsync(long roundId, string channel, string userId, CancellationToken cancellationToken);

    /// <summary>Takes <paramref name="choice"/> as the answer at <paramref name="position"/> of an attempt.</summary>
    Task<ContestAnswer> AnswerAsync(long attemptId, string channel, string userId, int position, long questionId, int choice, CancellationToken cancellationToken);
}

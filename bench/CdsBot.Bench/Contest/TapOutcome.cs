namespace CdsBot.Bench.Contest;

/// <summary>How one citizen's tap went, judged from the reply.</summary>
internal enum TapOutcome
{
    /// <summary>Taken in time, and the reply asks the next question (or gives the score).</summary>
    Recorded,

    /// <summary>Taken after the time allowed (recorded as wrong), and the reply goes on.</summary>
    Late,

    /// <summary>"Câu trả lời này không được tính": nothing recorded.</summary>
    Refused,

    /// <summary>A 2xx reply that neither goes on nor refuses (e.g. "Vòng thi này hiện không mở").</summary>
    Unexpected,

    /// <summary>No usable reply (a non-2xx status, a timeout or a dropped connection), or not sent because the citizen's step before failed.</summary>
    Error,
}

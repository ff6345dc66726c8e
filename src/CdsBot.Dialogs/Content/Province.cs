namespace CdsBot.Dialogs.Content;

/// <summary>A province of Viet Nam (<see cref="ProvincesOfVietnam"/>).</summary>
/// <param name="Id">Its locality id, e.g. "elsewhere:nam-dinh".</param>
/// <param name="Name">Its name, e.g. "Nam Định".</param>
/// <param name="Forms">The ways a question names it: "Nam Định", "tỉnh Nam Định".</param>
public sealed record Province(string Id, string Name, IReadOnlyList<string> Forms);

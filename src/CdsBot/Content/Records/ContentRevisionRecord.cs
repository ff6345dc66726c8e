namespace CdsBot.Content.Records;

/// <summary>
/// The one row that changes whenever the content in force changes, so every instance on the database notices
/// (see <see cref="ContentRevisionWatcher"/>).
/// </summary>
public sealed class ContentRevisionRecord
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>
    /// A fresh value per change rather than a counter: writing a new value needs no read first, so two changes
    /// committed close together can never leave the same value behind (a read-then-increment could).
    /// </summary>
    public required string Stamp { get; set; }
}

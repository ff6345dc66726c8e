namespace CdsBot.Dialogs.Rephrasing;

/// <summary>Rephrasing switched off: the curated answer, as it is, and no call anywhere.</summary>
public sealed class NoRephraser : IAnswerRephraser
{
    /// <inheritdoc/>
    public Task<Rephrasing> RephraseAsync(RephraseRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new Rephrasing(request.Answer, Rephrasing.Off, null));
}

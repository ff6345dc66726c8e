using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// One question with a known answer and the index's best candidate for it. Label 1 when that candidate is right:
/// for a DVC query its item id is the expected one, for an own-set question its composed answer matches the
/// expectation; out-of-scope questions are always 0.
/// </summary>
/// <param name="Dvc">Whether the question is a DVC held-out phrasing (else one of the repository's own sets).</param>
/// <param name="Source">The fold ("dvc/0") or the set's path relative to the repository.</param>
/// <param name="Variant">"raw" or "nodiac" for a DVC query; null for an own-set question.</param>
/// <param name="Id">The own-set question's id; null for a DVC query.</param>
/// <param name="Expected">The expected item id (DVC) or the expect lists (own sets; empty when out of scope).</param>
/// <param name="Fallback">Whether the question is out of scope: nothing should answer it.</param>
/// <param name="Top">The best candidate; null when the index found none (the sample is then left out of the fit).</param>
/// <param name="Weight">The sample's weight in the fit.</param>
internal sealed record CalibrationSample(
    bool Dvc, string Source, string? Variant, string? Id, string Question, object Expected, bool Fallback, Candidate? Top, int Label, double Weight);

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// The chance that a candidate is the right answer, read from the lexical model's evidence by a logistic model
/// fitted on question sets with known answers (the DVC folds, raw and without diacritics, and the repository's
/// own sets; <c>bench calibrate</c> refits it and prints the figures). Fit and margin over the rival raise it: a
/// near-tie, where the question says nothing that tells two items apart, keeps it low however well both fit.
/// </summary>
public static class AnswerConfidence
{
    // Fitted by `dotnet run -c Release --project bench/CdsBot.Bench -- calibrate` (L2-regularized logistic regression),
    // but the last: the lead of a long message, added later and fitted alone by the same data's weighted log loss with
    // the others kept (0.2401 at 0; 0.2358, 0.2357, 0.2360, 0.2375 at 0.5, 0.6, 0.75, 1), as refitting them all trades
    // short questions' answers for long ones'.
    internal static readonly double[] Weights = [-4.875, 2.429, 2.572, -1.976, 2.175, 1.201, 1.487, 0.6];

    /// <summary>The estimated probability, 0 to 1.</summary>
    public static double Of(AnswerEvidence evidence)
    {
        var features = Features(evidence);
        var z = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The model's inputs: a constant, fit, its lead over the rival's fit, coverage, margin, rank lead, log(1 + rank), and
    /// the rank lead again for a message of more than 4 content words, growing with its length: a citizen's story around
    /// the question leaves much of the message uncovered by the right item, yet a clear lead over the rival in a long
    /// message is telling.
    /// </summary>
    public static double[] Features(AnswerEvidence evidence) =>
        [1, evidence.Fit, evidence.Fit - evidence.RivalFit, evidence.Coverage, evidence.Margin, evidence.Lead, Math.Log(1 + evidence.Rank), evidence.Lead * Math.Log(1 + Math.Max(0, evidence.Words - 4))];
}

namespace CdsBot.Bench.Calibrate;

/// <summary>
/// L2-regularized logistic regression fitted by Newton's method (iteratively reweighted least squares). It minimizes
/// Σ wᵢ·logloss(yᵢ, pᵢ) + ½·penalty·Σⱼ βⱼ² over every weight but the first (the intercept; its feature is the constant 1).
/// </summary>
internal static class LogisticModel
{
    /// <summary>σ(weights · features).</summary>
    public static double Probability(IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        var z = 0.0;
        for (var j = 0; j < features.Count; j++)
        {
            z += weights[j] * features[j];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The weights for <paramref name="samples"/> (features, label 0 or 1, sample weight), from all zeros.</summary>
    public static double[] Fit(IReadOnlyList<(double[] Features, int Label, double Weight)> samples, double penalty, int iterations)
    {
        var n = samples[0].Features.Length;
        var beta = new double[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var hessian = new double[n, n];
            var gradient = new double[n];
            foreach (var (x, y, w) in samples)
            {
                var p = Probability(beta, x);
                var curvature = w * p * (1 - p);
                for (var j = 0; j < n; j++)
                {
                    gradient[j] += w * (y - p) * x[j];
                    for (var k = 0; k < n; k++)
                    {
                        hessian[j, k] += curvature * x[j] * x[k];
                    }
                }
            }

            for (var j = 1; j < n; j++)
            {
                gradient[j] -= penalty * beta[j];
                hessian[j, j] += penalty;
            }

            var step = LinearSystem.Solve(hessian, gradient);
            for (var j = 0; j < n; j++)
            {
                beta[j] += step[j];
            }
        }

        return beta;
    }

    /// <summary>The sample-weighted mean log loss of <paramref name="probabilities"/> against <paramref name="samples"/>' labels.</summary>
    public static double LogLoss(IReadOnlyList<(double[] Features, int Label, double Weight)> samples, IReadOnlyList<double> probabilities)
    {
        double loss = 0, total = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], 1e-12, 1 - 1e-12);
            loss -= samples[i].Weight * (samples[i].Label == 1 ? Math.Log(p) : Math.Log(1 - p));
            total += samples[i].Weight;
        }

        return total == 0 ? 0 : loss / total;
    }
}

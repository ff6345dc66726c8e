using System.Globalization;

namespace CdsBot.Bench.Eval;

/// <summary>The counts of one variant over one fold or all of them: how the bot met each query, top-3, the baseline's hits, latency.</summary>
internal sealed class DvcTally
{
    private readonly int[] _kinds = new int[Enum.GetValues<AnswerKind>().Length];
    private readonly List<double> _latencies = [];
    private int _n, _top3, _luceneTop1, _luceneTop3, _wrongRightOffered;

    public void Add(AnswerKind kind, bool top3, bool luceneTop1, bool luceneTop3, double latencyMs, bool rightOffered = false)
    {
        _n++;
        _wrongRightOffered += kind == AnswerKind.Wrong && rightOffered ? 1 : 0;
        _kinds[(int)kind]++;
        _top3 += top3 ? 1 : 0;
        _luceneTop1 += luceneTop1 ? 1 : 0;
        _luceneTop3 += luceneTop3 ? 1 : 0;
        _latencies.Add(latencyMs);
    }

    /// <summary>One line: the kinds with their shares, right item in the answer or among the choices offered (beside a wrong answer too), top-3, the baseline and the margin over its top-1.</summary>
    public string Line(string label)
    {
        _latencies.Sort();
        var correct = _kinds[(int)AnswerKind.Correct];
        var rightOffered = correct + _kinds[(int)AnswerKind.SuggestedWithRight] + _wrongRightOffered;
        var margin = Percent(correct) - Percent(_luceneTop1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{label} n={_n} correct={Share(AnswerKind.Correct)} wrong={Share(AnswerKind.Wrong)} (right item offered beside it: {_wrongRightOffered}) " +
            $"suggested+right={Share(AnswerKind.SuggestedWithRight)} suggested-right={Share(AnswerKind.SuggestedWithoutRight)} " +
            $"declined={Share(AnswerKind.Declined)} failed={_kinds[(int)AnswerKind.Failed]} " +
            $"right-in-answer-or-choices={rightOffered} ({Percent(rightOffered):F1}%) top3={_top3} ({Percent(_top3):F1}%)  " +
            $"| lucene top1={_luceneTop1} ({Percent(_luceneTop1):F1}%) top3={_luceneTop3} ({Percent(_luceneTop3):F1}%)  " +
            $"| margin vs lucene top1: {margin:+0.0;-0.0;0.0} pts  p50={Percentiles.Of(_latencies, 0.50):F1} ms p99={Percentiles.Of(_latencies, 0.99):F1} ms");
    }

    private string Share(AnswerKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{_kinds[(int)kind]} ({Percent(_kinds[(int)kind]):F1}%)");

    private double Percent(int count) => _n == 0 ? 0 : 100.0 * count / _n;
}

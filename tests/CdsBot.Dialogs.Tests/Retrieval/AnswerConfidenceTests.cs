using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// The properties of <see cref="AnswerConfidence"/> that must survive a refit of its weights, and how
/// <see cref="AnswerDecision.For"/> acts on the candidates it is given. Values are read from
/// <see cref="RetrievalOptions"/> and from the decision's own rules, so the tests hold when thresholds move.
/// </summary>
public sealed class AnswerConfidenceTests
{
    private static readonly RetrievalOptions Options = new();

    // A candidate that fits well and leads clearly, but not so well that any single rule decides on its own.
    private static readonly AnswerEvidence Typical = new(Fit: 0.7, RivalFit: 0.4, Coverage: 0.8, Margin: 0.3, Lead: 0.3, Rank: 2);

    /// <summary>A spread of evidence, from none at all to more than the index ever reports.</summary>
    public static TheoryData<AnswerEvidence> Spread()
    {
        var data = new TheoryData<AnswerEvidence>();
        foreach (var fit in new[] { 0.0, 0.5, 1.0 })
        {
            foreach (var rivalFit in new[] { 0.0, 1.0 })
            {
                foreach (var share in new[] { -1.0, 0.0, 1.0 })
                {
                    foreach (var rank in new[] { 0.0, 3.0, 1e6 })
                    {
                        data.Add(new AnswerEvidence(fit, rivalFit, Coverage: fit, Margin: share, Lead: share, Rank: rank));
                    }
                }
            }
        }

        return data;
    }

    /// <summary>Each of the three signals, stepped across its range with the others as in <see cref="Typical"/>.</summary>
    public static TheoryData<string> Signals() => ["fit", "margin", "lead"];

    [Theory]
    [MemberData(nameof(Spread))]
    public void Confidence_is_a_probability(AnswerEvidence evidence) =>
        Assert.InRange(AnswerConfidence.Of(evidence), 0, 1);

    [Theory]
    [MemberData(nameof(Signals))]
    public void Confidence_rises_with_fit_margin_and_lead_the_others_held(string signal)
    {
        var steps = Enumerable.Range(0, 11).Select(i => i / 10.0).ToList();
        var confidences = steps.Select(x => AnswerConfidence.Of(signal switch
        {
            "fit" => Typical with { Fit = x },
            "margin" => Typical with { Margin = (2 * x) - 1 },
            _ => Typical with { Lead = (2 * x) - 1 },
        })).ToList();

        Assert.All(confidences.Zip(confidences.Skip(1)), step => Assert.True(step.Second > step.First, $"{signal}: {step.First} then {step.Second}"));
    }

    [Fact]
    public void A_lead_counts_for_more_in_a_long_message_and_length_alone_counts_for_nothing()
    {
        static double Of(AnswerEvidence evidence, int words) => AnswerConfidence.Of(evidence with { Words = words });

        // Up to 4 content words a question is judged as before; beyond, the same lead says more the longer the message.
        Assert.Equal(Of(Typical, 2), Of(Typical, 4));
        Assert.True(Of(Typical, 8) > Of(Typical, 4), $"{Of(Typical, 8)} vs {Of(Typical, 4)}");
        Assert.True(Of(Typical, 16) > Of(Typical, 8), $"{Of(Typical, 16)} vs {Of(Typical, 8)}");
        var noLead = Typical with { Lead = 0 };
        Assert.Equal(Of(noLead, 2), Of(noLead, 16));
    }

    [Fact]
    public void No_evidence_is_no_confidence() =>
        Assert.True(AnswerConfidence.Of(AnswerEvidence.None) < Options.AnswerThreshold);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    [InlineData(1.0)]
    public void A_near_tie_is_never_answered_whatever_the_confidence(double confidence)
    {
        // The item's own phrasing word for word, yet the question says nothing for it that it does not say for the rival.
        var tied = new AnswerEvidence(Fit: 1, RivalFit: 0.5, Coverage: 1, Margin: 0, Lead: 0, Rank: 2);
        Assert.True(AnswerDecision.IsNearTie(tied));
        Assert.True(AnswerDecision.IsOwnPhrasing(tied));

        var decision = AnswerDecision.For([Candidate("best", confidence, tied), Candidate("rival", confidence, tied with { Rank = 2 })], Options);

        Assert.NotEqual("answered", decision.Band);
        Assert.Null(decision.Answer);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.09)]
    public void A_rival_the_question_fits_nearly_as_well_is_a_near_tie_up_to_a_small_lead(double lead)
    {
        // "Cấp lại giấy phép lái xe" for "cấp lại GPLX" and "mất GPLX": the question fits both, and says nothing for the best alone.
        var close = new AnswerEvidence(Fit: 1, RivalFit: 0.9, Coverage: 1, Margin: 0, Lead: lead, Rank: 2);
        Assert.True(AnswerDecision.IsNearTie(close));

        var decision = AnswerDecision.For([Candidate("best", 0.99, close), Candidate("rival", 0.5, Typical with { Fit = 0.9, Rank = 2 * (1 - lead) })], Options);

        Assert.Equal("clarified", decision.Band);
        Assert.Equal(["best", "rival"], decision.Offered.Select(c => c.Item.Id));
    }

    [Fact]
    public void A_close_rival_is_no_near_tie_once_the_best_leads_clearly_or_the_question_says_something_for_the_best_alone()
    {
        var close = new AnswerEvidence(Fit: 1, RivalFit: 0.9, Coverage: 1, Margin: 0, Lead: 0.09, Rank: 2);

        Assert.False(AnswerDecision.IsNearTie(close with { Lead = 0.1 }));
        Assert.False(AnswerDecision.IsNearTie(close with { Margin = 0.02 }));
    }

    [Fact]
    public void A_rival_the_question_fits_less_well_is_a_near_tie_only_when_the_best_barely_leads()
    {
        var weaker = new AnswerEvidence(Fit: 1, RivalFit: 0.79, Coverage: 1, Margin: 0, Lead: 0.09, Rank: 2);

        Assert.False(AnswerDecision.IsNearTie(weaker));
        Assert.True(AnswerDecision.IsNearTie(weaker with { Lead = 0.04 }));
    }

    [Fact]
    public void An_items_own_phrasing_with_a_clearly_weaker_rival_is_answered_below_the_threshold()
    {
        var own = new AnswerEvidence(Fit: 1, RivalFit: 0.5, Coverage: 1, Margin: 0.3, Lead: 0.3, Rank: 2);
        Assert.True(AnswerDecision.IsOwnPhrasing(own));
        Assert.False(AnswerDecision.IsNearTie(own));

        var best = Candidate("own", Options.AnswerThreshold / 2, own);
        var decision = AnswerDecision.For([best, Candidate("rival", 0.1, Typical with { Fit = 0.5, Rank = 1.4 })], Options);

        Assert.Equal("answered", decision.Band);
        Assert.Same(best, decision.Answer);
    }

    [Fact]
    public void A_rival_that_fits_almost_as_well_is_no_clearly_weaker_rival() =>
        Assert.False(AnswerDecision.IsOwnPhrasing(new AnswerEvidence(Fit: 1, RivalFit: 0.95, Coverage: 1, Margin: 0.05, Lead: 0.1, Rank: 2)));

    [Fact]
    public void At_the_answer_threshold_and_the_minimum_fit_the_best_candidate_is_answered()
    {
        var best = Candidate("best", Options.AnswerThreshold, Typical with { Fit = Options.MinimumFit });
        Assert.False(AnswerDecision.IsNearTie(best.Evidence));

        Assert.Equal("answered", AnswerDecision.For([best], Options).Band);
    }

    [Fact]
    public void Below_the_minimum_fit_nothing_is_answered_however_confident()
    {
        var loose = Typical with { Fit = Options.MinimumFit - 0.01 };
        Assert.False(AnswerDecision.IsNearTie(loose));

        foreach (var confidence in new[] { Options.AnswerThreshold, 0.99, 1.0 })
        {
            var decision = AnswerDecision.For([Candidate("loose", confidence, loose)], Options);

            Assert.NotEqual("answered", decision.Band);
            Assert.Null(decision.Answer);
        }
    }

    [Fact]
    public void An_item_fitting_only_with_the_allowance_for_chatter_is_not_answered_however_confident()
    {
        // Fits well enough once the message's other words are taken for chatter, but not what it asks without them.
        var placeOnly = Typical with { Fit = Options.MinimumFit, Scope = Options.SuggestThreshold - 0.01 };
        var earned = placeOnly with { Scope = Options.SuggestThreshold };

        foreach (var confidence in new[] { Options.AnswerThreshold, 0.99 })
        {
            Assert.Equal("declined", AnswerDecision.For([Candidate("place", confidence, placeOnly)], Options).Band);
            Assert.Equal("answered", AnswerDecision.For([Candidate("earned", confidence, earned)], Options).Band);
        }
    }

    [Fact]
    public void An_item_of_other_years_than_the_one_asked_is_not_answered_unless_of_a_yearly_series()
    {
        var otherYears = Candidate("target-2025", 0.99, Typical) with { OfOtherYears = true };
        var series = new Candidate(new FaqItem { Id = "theme-2025", Topic = "t", Question = "q", Answer = "a", Series = "Chủ đề" }, 0.99, Typical.Rank)
            { Evidence = Typical, OfOtherYears = true };

        Assert.NotEqual("answered", AnswerDecision.For([otherYears], Options).Band);
        Assert.Equal("answered", AnswerDecision.For([otherYears with { OfOtherYears = false }], Options).Band);
        Assert.Equal("answered", AnswerDecision.For([series], Options).Band); // SeriesAnswer says which year it has
    }

    [Theory]
    [InlineData(FigureKind.Money, "Lệ phí là 50.000 đồng.", "Chọn ngân hàng để thanh toán.")]
    [InlineData(FigureKind.Duration, "Giải quyết trong 3 ngày làm việc.", "Nộp hồ sơ trên Cổng Dịch vụ công.")]
    [InlineData(FigureKind.Share, "Đạt 80% hồ sơ trực tuyến.", "Hồ sơ được nộp trực tuyến.")]
    public void A_question_asking_a_figure_is_answered_only_by_an_item_stating_one(FigureKind asked, string stating, string silent)
    {
        AnswerDecision Decide(string answer) => AnswerDecision.For(
            [new(new FaqItem { Id = "best", Topic = "t", Question = "best", Answer = answer }, 0.99, Typical.Rank) { Evidence = Typical }],
            Options,
            asked);

        Assert.Equal("answered", Decide(stating).Band);
        Assert.Equal("answered", AnswerDecision.For([Candidate("any", 0.99, Typical)], Options).Band);
        var offered = Decide(silent);
        Assert.NotEqual("answered", offered.Band);
        Assert.Null(offered.Answer);
    }

    [Fact]
    public void Candidates_that_fit_less_than_the_suggest_threshold_are_not_offered()
    {
        var candidates = new[]
        {
            Candidate("fits", 0.2, Typical with { Fit = Options.SuggestThreshold + 0.05, Rank = 3 }),
            Candidate("barely", 0.1, Typical with { Fit = Options.SuggestThreshold, Rank = 1 }),
            Candidate("loose", 0.1, Typical with { Fit = Options.SuggestThreshold - 0.01, Rank = 1 }),
        };

        var decision = AnswerDecision.For(candidates, Options);

        Assert.Equal("suggested", decision.Band);
        Assert.Equal(["fits", "barely"], decision.Offered.Select(c => c.Item.Id));
    }

    [Fact]
    public void When_no_candidate_fits_enough_to_offer_the_bot_declines()
    {
        var loose = Typical with { Fit = Options.SuggestThreshold - 0.01 };

        var decision = AnswerDecision.For([Candidate("a", 0.1, loose), Candidate("b", 0.1, loose with { Rank = 1.9 })], Options);

        Assert.Equal("declined", decision.Band);
        Assert.Empty(decision.Offered);
    }

    [Fact]
    public void Two_close_candidates_are_clarified_with_both_offered()
    {
        var best = Candidate("best", Options.AnswerThreshold / 2, Typical with { Rank = 2 });
        var close = Candidate("close", Options.AnswerThreshold / 2, Typical with { Rank = 2 * Options.ClarifyWithin });

        var decision = AnswerDecision.For([best, close], Options);

        Assert.Equal("clarified", decision.Band);
        Assert.Equal([best, close], decision.Offered);
    }

    [Fact]
    public void A_runner_up_far_behind_is_suggested_rather_than_clarified()
    {
        var best = Candidate("best", Options.AnswerThreshold / 2, Typical with { Rank = 2 });
        var far = Candidate("far", Options.AnswerThreshold / 2, Typical with { Rank = 2 * Options.ClarifyWithin * 0.9 });

        var decision = AnswerDecision.For([best, far], Options);

        Assert.Equal("suggested", decision.Band);
        Assert.Equal([best, far], decision.Offered);
    }

    [Fact]
    public void Nothing_found_is_declined() =>
        Assert.Equal("declined", AnswerDecision.For([], Options).Band);

    private static Candidate Candidate(string id, double confidence, AnswerEvidence evidence) =>
        new(new FaqItem { Id = id, Topic = "t", Question = id, Answer = id }, confidence, evidence.Rank) { Evidence = evidence };
}

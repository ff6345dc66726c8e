using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Flows.Documents;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Guides;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Rephrasing;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.State;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Answers from curated content: a question by retrieval with confidence bands (answer, "did you mean",
/// or an honest "I don't know", the last two filed for staff), an item by id, a topic by listing its
/// questions, and records whether an answer helped.
/// </summary>
/// <remarks>A curated answer to a question the citizen wrote may be rephrased to that question (<see cref="IAnswerRephraser"/>);
/// its sources line never is.</remarks>
public sealed partial class FaqResponder(ContentCatalog catalog, RetrievalOptions options, IQuestionLog log, IAnswerRephraser rephraser, TimeProvider time, MainMenu menu)
{
    /// <summary>What is asked under every answer.</summary>
    public const string FeedbackQuestion = AnswerReplies.FeedbackQuestion;

    /// <summary>
    /// Answers <paramref name="question"/>: a follow-up without a subject of its own from the last answer's context
    /// first; otherwise from the whole index, answering only when confident, asking which item is meant on a
    /// near-tie, offering likely items, or saying plainly that there is no answer.
    /// </summary>
    public async Task AnswerQuestionAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        var last = LastAnswered(turn);
        var told = TakeTold(turn);
        var scope = Talked(last, turn.Activity.Scope);
        var candidates = Search(question, scope);
        var figure = AskedFigure.In(question, catalog.Analyzer);
        var decision = AnswerDecision.For(candidates, options, figure);
        var tokens = catalog.Analyzer.Analyze(question);
        var aspect = AskedAspect.Of(tokens);
        var clauses = ClausesOf(question);
        var toldOnly = !question.Contains('?') && clauses.All(clause => clause.Tells);
        if (decision.Answer is null && figure != FigureKind.None && AnswerDecision.Stating(candidates, options, answer => AskedFigure.IsStatedIn(figure, answer)) is { } stating)
        {
            decision = stating;
        }
        else if (decision.Answer is null && aspect is not (Aspect.None or Aspect.Advice) && !toldOnly && AnswerDecision.Stating(candidates, options, answer => AskedAspect.IsStatedIn(aspect, answer)) is { } saying)
        {
            decision = saying;
        }

        // "Bố tôi vừa mất, tôi có thể làm giấy khai tử trên mạng luôn không hay nhất định phải lên xã?": the story told around a
        // question does not weaken it. When the clauses that ask, alone, are answered confidently by the item the whole message
        // ranks first, and likely enough (StoryAskedConfidence), that item is the answer.
        if (decision.Answer is null && candidates.Count > 0 && candidates[0].Confidence >= StoryAskedConfidence && AskingClauses(clauses) is { } asked
            && Search(asked, scope) is var askedCandidates
            && AnswerDecision.For(askedCandidates, options, AskedFigure.In(asked, catalog.Analyzer)) is { Answer: { } clear } clearly
            && clear.Item.Id == candidates[0].Item.Id)
        {
            (candidates, decision) = (askedCandidates, clearly);
        }

        // "Có bao nhiêu người học trên nền tảng?": how many people or communes, which an item on the subject stating no number
        // of them does not answer; it is offered.
        if (decision.Answer is { } found && AskedFigure.CountedIn(tokens, question) is { } counted && !AskedFigure.IsCountStatedIn(counted, found.Item.Answer))
        {
            decision = AnswerDecision.Offer(candidates, options);
        }

        // "Bến Tre hiện đã có bao nhiêu phần trăm dịch vụ công đạt mức độ 4 rồi": how far it has come, which an item stating only
        // what a plan aims at does not say; it is offered.
        if (decision.Answer is { } target && AskedProgress.In(tokens) && AskedProgress.OnlyTargetsIn(target.Item.Answer))
        {
            decision = AnswerDecision.Offer(candidates, options);
        }

        // "Nghị quyết 68 nói gì": a document the store holds nothing of is not answered by an item on another one; its items
        // are only offered.
        if (decision.Answer is { } onOther && NamesOnlyDocumentsNotOnFile(tokens, onOther.Item))
        {
            decision = AnswerDecision.Offer(candidates, options);
        }

        // "Giờ muốn xem tới đâu rồi thì coi ở đâu" after "tuần trước em nộp hồ sơ trên cổng dịch vụ công", which asked nothing
        // and nothing answered: the question is read with what was told before it, and answered when the two together are.
        var withTold = decision.Answer is null && told is not null ? $"{told} {question}" : null;
        if (withTold is not null && AnswerDecision.For(Search(withTold, scope), options, AskedFigure.In(withTold, catalog.Analyzer)).Answer is { } together)
        {
            turn.Trace.Score = Math.Round(together.Confidence, 3);
            turn.Trace.Band = "answered";
            await AnswerAsync(turn, together.Item, "faq", question, cancellationToken, understood: withTold);
            return;
        }

        // "Vậy giờ phải làm sao?" asks for the advice an answer gave, not for that of an item only offered as a choice, nor
        // what to do about a subject of its own ("muốn đặt lịch thì phải làm sao" after telehealth).
        if (aspect == Aspect.Advice && (turn.Conversation.LastAnswer is { Offered: true } || !AskedAspect.AsksOnlyAdvice(tokens)))
        {
            aspect = Aspect.None;
        }

        // "Cái chỉ số đó là sao?" after a question about a plan to raise the DTI index asks what the DTI index is: what the
        // last question called it by, when an item other than the last answer answers that confidently. Read as typed: "cai
        // chi so do" is not the "cái chi" (what) of Central speech.
        if (last is not null && FollowUpQuestion.NamedBack(VietnameseTokenizer.Analyze(question), VietnameseTokenizer.Analyze(LastQuestion(turn) ?? last.Question)) is { } namedBack
            && AnswerDecision.For(Search(namedBack, scope), options, AskedFigure.In(namedBack, catalog.Analyzer)).Answer is { } meant && meant.Item.Id != last.Id)
        {
            turn.Trace.Score = Math.Round(meant.Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, meant.Item, "faq", question, cancellationToken, understood: namedBack);
            return;
        }

        // "Là sao, nói dễ hiểu giùm cô" after what paying without cash is: the last answer again, asked of nothing else.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && ExplainRequest.Asks(catalog.Analyzer, question))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Làm sao biết thật hay giả?" after what to do when a relative's video call asks for money, "sao biết là lừa hay thật"
        // after the too-good-to-be-true jobs: whether it is genuine, naming nothing else, asks it of the matter the last answer
        // warns of, not of fake news in general.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && FollowUpQuestion.AsksWhetherGenuine(tokens)
            && Warns(last))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Thử lại mấy lần rồi vẫn bị, giờ sao", "vẫn ko được thì gọi ai" after what to do when filing fails: the trouble goes
        // on, and the last answer says what to do then ("Nếu vẫn lỗi, …").
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && FollowUpQuestion.StillFails(tokens)
            && SaysWhatIfItPersists(last))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Nó là gì vậy?" after being offered the items on "Bình dân học vụ số" (what it is, where to learn, who for): what
        // they all ask about, asked what it is ("Bình dân học vụ số là gì"), when an item answers that confidently.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: true, Choices.Count: > 1 } choicesOffered
            && FollowUpQuestion.Read(tokens) is { PointsBack: true, NewSubject: null, OwnWords: 0 } && FollowUpQuestion.AsksWhatItIs(tokens)
            && SharedSubject(choicesOffered.Choices) is { Length: > 0 } shared
            && AnswerDecision.For(Search($"{shared} là gì", scope), options).Answer is { } whatItIs)
        {
            turn.Trace.Score = Math.Round(whatItIs.Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, whatItIs.Item, "faq", question, cancellationToken, understood: $"{shared} là gì");
            return;
        }

        // "Có chỗ nào dạy cho bà không?" after being asked which of the items on smartphones was meant: a short message asking
        // what exactly one of the choices asks in its own question (where, which papers, who…) picks that choice, unless it
        // finds an item of another subject on its own, likely enough ("đăng ký vneid ở đâu").
        if (last is not null && turn.Conversation.LastAnswer is { Offered: true, Choices.Count: > 1 } offering && FollowUpQuestion.IsShort(tokens)
            && NamesNoPlaceNorDocument(tokens) && ChoiceAsking(offering.Choices, aspect) is { } chosen
            && (candidates.Count == 0 || offering.Choices.Contains(candidates[0].Item.Id) || candidates[0].Confidence < OwnSubjectConfidence))
        {
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, chosen, "faq", question, cancellationToken, understood: chosen.Question);
            return;
        }

        // "Bn ký tự là đủ?" after how to make a strong password, whose answer says "ít nhất 12 ký tự": how many of something
        // the last answer counts, asking of no new subject, is asked of it, unless an item found on its own counts them too.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && figure == FigureKind.None && FollowUpQuestion.IsShort(tokens)
            && AskedFigure.UnitAsked(tokens) is { } unit && AskedFigure.IsNumberStatedIn(unit, last.Answer)
            && !FollowUpQuestion.OpensWithCon(tokens) && FollowUpQuestion.Read(tokens)?.NewSubject is null && NamesNoPlaceNorDocument(tokens)
            && (decision.Answer is null || decision.Answer.Item.Id == last.Id || !AskedFigure.IsNumberStatedIn(unit, decision.Answer.Item.Answer)))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Có cần thẻ BHYT không?" after how to book a hospital visit online, whose answer says what of the card: whether
        // something the last answer speaks of is needed, asking of nothing else, asks it of that matter, though another item
        // names those words more (the papers VNeID holds). Not of an item only offered, nor one asking an aspect or a figure (read
        // below), nor when the item found is one of the last answer's follow-ups or asks itself whether that is needed.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && aspect == Aspect.None && figure == FigureKind.None
            && (decision.Answer is null || (decision.Answer.Item.Id != last.Id && !last.FollowUps.Contains(decision.Answer.Item.Id) && !AsksWhetherNeeded(decision.Answer.Item)))
            && FollowUpQuestion.IsShort(tokens) && FollowUpQuestion.AsksWhetherNeeded(tokens) && SpeaksOnlyOf(last, tokens))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Nhưng em không có thẻ BHYT" after how to book a hospital visit online, whose answer says what of the card: not having
        // something the last answer speaks of, naming nothing else, is the citizen's case of that matter, though another item
        // names those words more (the papers VNeID holds).
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && figure == FigureKind.None
            && decision.Answer is { } named && named.Item.Id != last.Id && !last.FollowUps.Contains(named.Item.Id)
            && FollowUpQuestion.IsShort(tokens) && FollowUpQuestion.OfOwnCase(tokens) && FollowUpQuestion.Tells(tokens)
            && FollowUpQuestion.LacksSomething(tokens) && SpeaksOnlyOf(last, tokens))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Thẻ BHYT trên VNeID dùng được không?" after how to book a hospital visit online, whose answer says "Thẻ BHYT đã tích
        // hợp trên VNeID … có thể dùng khi đi khám": a short message every word of which one sentence of the last answer says is
        // asked of that answer, though another item names some of those words in its question (the papers VNeID holds), unless
        // that item's question names them all, or it is one of the last answer's follow-ups. Not "còn X" (another subject), what
        // something is ("chính quyền số đó là sao"), who ("ai đề xuất"), nor an aspect the last answer does not state.
        if (last is not null && turn.Conversation.LastAnswer is { Offered: false } && figure == FigureKind.None
            && decision.Answer is { } ownAnswer && ownAnswer.Item.Id != last.Id && !last.FollowUps.Contains(ownAnswer.Item.Id)
            && FollowUpQuestion.IsShort(tokens) && !FollowUpQuestion.OpensWithCon(tokens) && !FollowUpQuestion.AsksWhatItIs(tokens)
            && !tokens.Any(t => t.Folded == "ai") && (aspect == Aspect.None || AskedAspect.IsStatedIn(aspect, last.Answer))
            && NamesNoPlaceNorDocument(tokens) && InOneSentence(last, tokens) && !AsksAllOf(ownAnswer.Item, tokens))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // A follow-up is read against the last answer first, unless it names a subject of its own that answers it. One
        // pointing back at the last answer is about it, though: an answer on its own words that is not linked to the last
        // one is not taken ("bỏ bằng lái vô đó được không" after VNeID asks about VNeID, not about licences).
        var followUp = FollowUpOf(last, question, scope);
        string? understood = null;
        if (followUp is not null && !(followUp.Value.Question.OwnWords > 0 && decision.Answer is { } own
            && (!followUp.Value.Question.PointsBack || IsLinked(own.Item, followUp.Value.Last))))
        {
            // "Ai ký?" after an answer citing a document: that answer again (its source line names the issuer), with
            // the document's signature where its text is on file.
            var (followed, read) = followUp.Value;
            if (read.NewSubject is null && followed.Sources.Count > 0
                && PassageDecision.AsksSigner(tokens))
            {
                var signature = followed.Sources.Select(catalog.Passages.SignatureOf).OfType<Passage>().FirstOrDefault();
                var issue = signature is null ? IssueOf(followed) : null;
                (turn.Trace.FollowUpOf, turn.Trace.Band) = (followed.Id, "answered");
                await AnswerAsync(turn, issue ?? followed, "faq", question, cancellationToken, excerpt: signature, understood: issue is null ? LastQuestion(turn) : issue.Question);
                return;
            }

            // "Ban hành ngày nào?", "có hiệu lực khi nào?", "phê duyệt ở quyết định nào?" of the document the last answer
            // cites (naming nothing else, or pointing back at it): that answer again, its source line names the document's
            // number, date and issuer.
            if (read.NewSubject is null && (read.OwnWords == 0 || read.PointsBack)
                && followed.Sources.Any(source => catalog.Content.FindDocument(source) is not null)
                && (FollowUpQuestion.AsksIssue(tokens) || FollowUpQuestion.AsksWhichDocument(tokens)))
            {
                var issue = FollowUpQuestion.AsksIssue(tokens) ? IssueOf(followed) : null;
                (turn.Trace.FollowUpOf, turn.Trace.Band) = (followed.Id, "answered");
                await AnswerAsync(turn, issue ?? followed, "faq", question, cancellationToken, understood: issue is null ? LastQuestion(turn) : issue.Question);
                return;
            }

            // "Cần mang theo giấy tờ gì?" after where to register VNeID level 2: what the last answer says already (the card to
            // bring), unless one of its follow-ups or another item on its subject asks it in its own question.
            if (read.NewSubject is null && AskedOfLast(followed, tokens, aspect))
            {
                var specific = Resolve(followUp.Value, question, LastQuestion(turn), scope, figure, out understood);
                var item = specific is { } other && other.Item.Id != followed.Id && AsksTheSame(other.Item, followed, aspect) ? other.Item : followed;
                (turn.Trace.FollowUpOf, turn.Trace.Band) = (followed.Id, "answered");
                await AnswerAsync(turn, item, "faq", question, cancellationToken, understood: item == followed ? LastQuestion(turn) : understood);
                return;
            }

            if (read.NewSubject is null && LinkedAsking(followed, tokens, aspect) is { } asking)
            {
                (turn.Trace.FollowUpOf, turn.Trace.Band) = (followed.Id, "answered");
                await AnswerAsync(turn, asking, "faq", question, cancellationToken);
                return;
            }

            if (Resolve(followUp.Value, question, LastQuestion(turn), scope, figure, out understood) is { } resolved)
            {
                turn.Trace.Score = Math.Round(resolved.Confidence, 3);
                (turn.Trace.FollowUpOf, turn.Trace.Band) = (followed.Id, "answered");
                await AnswerAsync(turn, resolved.Item, "faq", question, cancellationToken, understood: understood);
                return;
            }

            // "Thế còn Trà Vinh?" that no item of that place answers confidently: the items that fit the question asked of
            // it are the choices, not whatever the message's two words find.
            if (understood is not null)
            {
                candidates = catalog.Index.Search(understood, Math.Max(options.MaxSuggestions, 1), item => item.Id == followed.Id ? 0 : 1, scope);
                decision = AnswerDecision.Offer(candidates, options);
            }

            // "Mất bao lâu?" names nothing but what the last answer was about: when nothing about that says it, an item
            // on another subject that happens to say "mất bao lâu" is not the answer, only a choice.
            if (read is { NewSubject: null, OwnWords: 0 } && decision.Answer is { } elsewhere
                && !IsLinked(elsewhere.Item, followed) && !OnSubject(SubjectOf(followed))(elsewhere.Item))
            {
                decision = AnswerDecision.Offer(candidates, options);
            }
        }

        // "Mất bao lâu thì có kq?" after a side question ("cần tài khoản mức mấy") while registering a birth online: what
        // the conversation was about before the last answer may answer what the last one does not, when the last question
        // was a side matter of it (what its answer speaks of), not a new subject.
        if (decision.Answer is null && last is not null && EarlierAnswered(turn) is { } earlier && earlier.Id != last.Id
            && catalog.Index.Covers(LastQuestion(turn) ?? last.Question, earlier) >= SideQuestionShare
            && FollowUpOf(earlier, question, scope) is { } resumed
            && Resolve(resumed, question, null, scope, figure, out _) is { } again)
        {
            turn.Trace.Score = Math.Round(again.Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (earlier.Id, "answered");
            await AnswerAsync(turn, again.Item, "faq", question, cancellationToken);
            return;
        }

        // "Gọi có tốn tiền không?" after the number to report a scam: a short message that is no follow-up by its words, that
        // nothing answers on its own, asking what the last answer says of the matter it names ("gọi miễn phí").
        if (followUp is null && decision.Answer is null && last is not null && AskedOfLast(last, tokens, aspect) && SaysOf(last, tokens))
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        if (followUp is null && decision.Answer is null && last is not null && LinkedAsking(last, tokens, aspect) is { } paying)
        {
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, paying, "faq", question, cancellationToken);
            return;
        }

        // A short message that tells of the citizen's case, asks nothing, names no place nor new subject, and that nothing
        // answers on its own; not an acknowledgement ("em hiểu rồi").
        var tells = decision.Answer is null && last is not null && followUp?.Question.NewSubject is null
            && FollowUpQuestion.IsShort(tokens) && FollowUpQuestion.OfOwnCase(tokens) && !Acknowledges(tokens)
            && catalog.Analyzer.Localities([.. tokens.Select(t => t.Folded)]).Count == 0 && toldOnly;

        // "Thế từng bước bấm ntn?" after the answer about registering a birth on VNeID: a short message that is no
        // follow-up by its words, and that nothing answers on its own, may still ask for an item linked to the last answer.
        if (followUp is null && decision.Answer is null && last is not null && !tells && LinkedAnswer(last, question, scope) is { } linked
            && AskedFigure.IsStatedIn(figure, linked.Item.Answer))
        {
            turn.Trace.Score = Math.Round(linked.Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, linked.Item, "faq", question, cancellationToken);
            return;
        }

        // "Chỉ giúp tôi từng bước với" after how to register a birth online: a message nothing answers confidently whose best
        // candidate is one of the last answer's follow-ups (the steps on VNeID), likely enough (FollowUpItemConfidence),
        // stating any figure asked and saying most of what the message names (not "xây nhà mất bao lâu"), is answered by
        // it: the last answer itself points there.
        if (decision.Answer is null && last is not null && turn.Conversation.LastAnswer is { Offered: false } && candidates.Count > 0
            && last.FollowUps.Contains(candidates[0].Item.Id) && candidates[0].Confidence >= FollowUpItemConfidence
            && AskedFigure.IsStatedIn(figure, candidates[0].Item.Answer) && SaysOf(candidates[0].Item, tokens))
        {
            turn.Trace.Score = Math.Round(candidates[0].Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, candidates[0].Item, "faq", question, cancellationToken);
            return;
        }

        // "Kinh phí lấy từ đâu?" after the answer about a plan: no item answers it, the plan's own text may.
        if (decision.Answer is null && last is not null && DocumentFollowUp(last, question, scope) is { } detail
            && AskedFigure.IsStatedIn(figure, detail.Passage.Text))
        {
            ShowPassage(turn, detail.Passage);
            turn.Trace.Score = Math.Round(detail.Says, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "document");
            await FileAsync(turn, question, "document", null, cancellationToken);
            return;
        }

        // "Con trai em 8 tuổi" after how to keep children safe online, "nhưng đã qua 1 tuần rồi" after what to do when money
        // was sent to a scammer: a message telling of the citizen's case is about the matter just answered, which answers it
        // again, unless the plan that answer cites says more of it.
        if (tells && last is not null)
        {
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Đài xã thì mấy lần?" after how often Thái Bình's radio airs its programme: a short follow-up on no new subject that
        // nothing answers confidently, whose best candidate is the item just answered and fits well enough to be offered, is
        // about it, when that item says most of its words and any figure or aspect it asks ("công an xã ở đâu" after a
        // warning naming no place is not): that answer again, not a choice with it first. Not "còn X?", which asks of
        // another subject; nor one naming a year the item is not about ("thế năm 2024 xếp hạng thứ mấy" after the targets
        // for 2025), which is why it was only offered.
        if (decision.Answer is null && last is not null && decision.Offered.Count > 0 && decision.Offered[0].Item.Id == last.Id
            && !decision.Offered[0].OfYearsNotAsked
            && followUp?.Question.NewSubject is null && !FollowUpQuestion.OpensWithCon(tokens) && FollowUpQuestion.IsShort(tokens)
            && SaysOf(last, tokens) && AskedFigure.IsStatedIn(figure, last.Answer) && AskedAspect.IsStatedIn(aspect, last.Answer))
        {
            turn.Trace.Score = Math.Round(decision.Offered[0].Confidence, 3);
            await AnswerAgainAsync(turn, last, question, cancellationToken);
            return;
        }

        // "Có ai chỉ tận nơi không?" after where to learn to use a smartphone, "muốn biết chương trình cụ thể thì liên hệ ở
        // đâu" after what support a small company gets: a message that is no follow-up by its words, that nothing above
        // answered, is read with what the conversation is about (SubjectOf), and answered by an item on that subject when
        // the two together are answered confidently, the message alone ranks that item among its own candidates, and the
        // item says most of what the message names besides that subject, which must be something (SaysOf: not "xây nhà mất
        // bao lâu" after a birth registration, nor "mất điện thoại thì làm sao" after where to learn to use one). Not a
        // message naming a place or a document, which asks of that, nor one giving a number of the citizen's case ("con
        // em 8 tuổi làm được à"), which the item does not speak to.
        if (decision.Answer is null && last is not null && followUp is null && turn.Conversation.LastAnswer is { Offered: false }
            && NamesNoPlaceNorDocument(tokens) && !tokens.Any(t => t.Folded.Any(char.IsDigit)) && SubjectOf(last) is { Length: > 0 } about
            && BesidesSubject(tokens, about) is var besides && WhatItNames(besides).Count > 0
            && AnswerDecision.For(Search($"{question} {about}", scope), options, figure) is { Answer: { } withSubject }
            && OnSubject(about)(withSubject.Item) && SaysOf(withSubject.Item, besides) && candidates.Any(c => c.Item.Id == withSubject.Item.Id))
        {
            turn.Trace.Score = Math.Round(withSubject.Confidence, 3);
            (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
            await AnswerAsync(turn, withSubject.Item, "faq", question, cancellationToken);
            return;
        }

        // No item is good enough (or the reply of the one found says far less of what is asked than a passage of a
        // document does): a passage may be, and only when it is.
        var excerpt = PassageDecision.For(catalog.Passages, catalog.Index, catalog.Analyzer, catalog.Content, question, decision, options, scope);
        if (excerpt is { Beside: false })
        {
            ShowPassage(turn, excerpt.Found.Passage);
            turn.Trace.Score = Math.Round(excerpt.Found.Fit, 3);
            turn.Trace.Band = "document";
            await FileAsync(turn, question, "document", null, cancellationToken);
            return;
        }

        turn.Trace.Score = candidates.Count > 0 ? Math.Round(candidates[0].Confidence, 3) : null;
        turn.Trace.Band = decision.Band;
        if (decision.Answer is { } answer)
        {
            var alsoAsked = answer.Confidence >= options.SureThreshold ? [] : candidates
                .Skip(1)
                .Where(c => c.ScopeFit >= options.SuggestThreshold)
                .Take(AlsoAskedCount)
                .Select(c => c.Item)
                .ToList();
            await AnswerAsync(turn, answer.Item, "faq", question, cancellationToken, alsoAsked, excerpt?.Found.Passage, understood: question);
            return;
        }

        var (band, offered) = (decision.Band, decision.Offered);
        turn.Trace.Intent = band switch { "clarified" => "faq_clarify", "suggested" => "faq_suggest", _ => "fallback" };
        if (band == "clarified")
        {
            // The items offered share a subject: a follow-up ("làm ở đâu?") is read against the first of them, and "còn Lào
            // Cai thì sao" asks the question they were offered for of that place. Not suggestions, which are often offered
            // for a question of another matter ("vay vốn ngân hàng thế nào" → "ở đâu").
            turn.Conversation.Remember(new AnswerContext(offered[0].Item.Id, time.GetUtcNow())
            {
                Question = understood ?? question, Offered = true, Choices = [.. offered.Select(c => c.Item.Id)],
            });
        }

        // A place the deployment does not serve is said plainly when that is why nothing is answered, before whatever is offered.
        var notServed = candidates.Count == 0 || candidates[0].OfOtherPlace || offered.Count == 0 ? ElsewhereNamed(question) : null;
        if (offered.Count > 0)
        {
            turn.Send(new OutboundActivity
            {
                Text = (notServed is null ? "" : RootTexts.NoContentOf(notServed) + "\n\n") + (band == "clarified" ? RootTexts.WhichOne : RootTexts.DidYouMean),
                QuickReplies = ChoicesOf(offered.Select(c => c.Item)),
            });
        }
        else
        {
            turn.Send(menu.With(notServed is null ? RootTexts.NotUnderstood : RootTexts.NotServed(notServed)));
        }

        if (toldOnly)
        {
            turn.Conversation.Told = new ToldContext(question, time.GetUtcNow());
        }

        // Only an item the bot offered is filed as the best: the top of a ranking nothing fits (the weather → online
        // selling) would be a nonsense guess for staff.
        await FileAsync(turn, question, band, offered.Count > 0 ? offered[0].Item.Id : null, cancellationToken);
    }

    /// <summary>What the citizen told before this message, while it holds (<see cref="RetrievalOptions.ContextMinutes"/>); forgotten once read.</summary>
    private string? TakeTold(TurnContext turn)
    {
        var told = turn.Conversation.Told;
        turn.Conversation.Told = null;
        return told is not null && time.GetUtcNow() - told.At <= TimeSpan.FromMinutes(options.ContextMinutes) ? told.Text : null;
    }

    /// <summary>The clauses of <paramref name="message"/>, each with whether it tells rather than asks (<see cref="FollowUpQuestion.Tells"/>).</summary>
    private List<(string Text, bool Tells)> ClausesOf(string message) =>
        [.. Clauses().Split(message).Select(clause => clause.Trim()).Where(clause => clause.Length > 0)
            .Select(clause => (clause, FollowUpQuestion.Tells(catalog.Analyzer.Analyze(clause))))];

    /// <summary>The <paramref name="clauses"/> that ask, when others only tell; null when every clause asks, or none does.</summary>
    private static string? AskingClauses(List<(string Text, bool Tells)> clauses) =>
        clauses.Count(clause => !clause.Tells) is var asking && asking > 0 && asking < clauses.Count
            ? string.Join(", ", clauses.Where(clause => !clause.Tells).Select(clause => clause.Text))
            : null;

    /// <summary>Answers the <paramref name="last"/> item again, for a follow-up about it, as the question it answered.</summary>
    private Task AnswerAgainAsync(TurnContext turn, FaqItem last, string question, CancellationToken cancellationToken)
    {
        (turn.Trace.FollowUpOf, turn.Trace.Band) = (last.Id, "answered");
        return AnswerAsync(turn, last, "faq", question, cancellationToken, understood: LastQuestion(turn));
    }

    /// <summary>Buttons for <paramref name="items"/> offered as choices, and "Menu chính".</summary>
    private static List<QuickReply> ChoicesOf(IEnumerable<FaqItem> items) =>
        [.. items.Select(i => new QuickReply(i.Question, Payloads.Faq(i.Id))), new QuickReply("Menu chính", Payloads.Menu)];

    /// <summary>The name of the place <paramref name="question"/> asks about when it names only places the deployment does not serve ("Nam Định"); else null.</summary>
    private string? ElsewhereNamed(string question) =>
        catalog.Analyzer.NotServed(catalog.Analyzer.Tokens(question)) is { Count: > 0 } places ? string.Join(", ", places) : null;

    private IReadOnlyList<Candidate> Search(string question, ContentScope scope) => catalog.Index.Search(question, Math.Max(options.MaxSuggestions, 1), scope);

    /// <summary>Files a question no item answered for staff, with how it was met and the turn's score.</summary>
    private Task FileAsync(TurnContext turn, string question, string band, string? bestItemId, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        return log.RecordUnansweredAsync(
            new UnansweredQuestion(activity.Channel, activity.ConversationId, activity.UserId, question, band, bestItemId, turn.Trace.Score, turn.Conversation.TurnCount),
            cancellationToken);
    }

    /// <summary>
    /// The passage of a document the <paramref name="last"/> answer cites that says what <paramref name="question"/> asks, when the
    /// question names no document or place of its own: the detail of a plan whose summary was just answered. The
    /// passage must hold at least <see cref="DocumentFollowUpShare"/> of the question's content words other than its
    /// question words ("kinh phí lấy từ đâu": "kinh phí", "lấy") and fit the question with the document's number at
    /// least <see cref="DocumentFollowUpFit"/>.
    /// </summary>
    private (Passage Passage, double Says)? DocumentFollowUp(FaqItem last, string question, ContentScope scope)
    {
        if (last.Sources.Count == 0)
        {
            return null;
        }

        var tokens = catalog.Analyzer.Analyze(question);
        var asked = WordCoverage.Asked(tokens).Where(w => !FollowUpQuestion.IsQuestionWord(w)).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0 || !NamesNoPlaceNorDocument(tokens))
        {
            return null;
        }

        (Passage Passage, double Says)? best = null;
        foreach (var source in last.Sources.Where(s => catalog.Passages.Of(s).Count > 0))
        {
            var found = catalog.Passages.Search($"{question} {source}", 1, scope);
            if (found.Count == 0 || found[0].Passage.DocumentNumber != source || found[0].Fit < DocumentFollowUpFit)
            {
                continue;
            }

            var says = WordCoverage.Of(asked, WordCoverage.Said(PassageDecision.Analyze(catalog.Analyzer, found[0].Passage)));
            if (says >= DocumentFollowUpShare && (best is null || says > best.Value.Says))
            {
                best = (found[0].Passage, says);
            }
        }

        return best;
    }

    /// <summary>
    /// <paramref name="scope"/> with the locality the conversation is about: that of the <paramref name="last"/> answer
    /// ("tuyên truyền trên mạng xã hội nào" after Lào Cai's plan asks about Lào Cai, not another province).
    /// </summary>
    private static ContentScope Talked(FaqItem? last, ContentScope scope) =>
        last is not null && last.Locality != Localities.National && last.Locality != scope.Locality
            ? scope with { Talked = last.Locality }
            : scope;

    /// <summary>The question the last answer answered, as understood (<see cref="AnswerContext.Question"/>), while its context holds.</summary>
    private string? LastQuestion(TurnContext turn) => LastAnswered(turn) is null ? null : turn.Conversation.LastAnswer?.Question;

    /// <summary>The item answered before the last one (<see cref="ConversationData.EarlierAnswer"/>), while its context holds.</summary>
    private FaqItem? EarlierAnswered(TurnContext turn) => ItemOf(turn.Conversation.EarlierAnswer);

    /// <summary>The item last answered in the conversation, or null when there is none or its context has lapsed.</summary>
    private FaqItem? LastAnswered(TurnContext turn) => ItemOf(turn.Conversation.LastAnswer);

    /// <summary>The item a conversation's <paramref name="context"/> is about, while it holds (<see cref="RetrievalOptions.ContextMinutes"/>).</summary>
    private FaqItem? ItemOf(AnswerContext? context) =>
        context is not null && time.GetUtcNow() - context.At <= TimeSpan.FromMinutes(options.ContextMinutes)
            ? catalog.Content.FindItem(context.ItemId)
            : null;

    /// <summary>
    /// The follow-up <paramref name="question"/> is to the <paramref name="last"/> answer, or null when it is none. A
    /// complication ("mà đổi số điện thoại rồi thì sao" after a forgotten VNeID password) goes on with the last answer
    /// when that answer speaks to it (at least <see cref="ComplicationShare"/>: "nếu đổi số điện thoại, liên hệ Công an
    /// xã"); one it barely touches is read as any other message ("nhưng em chưa có tài khoản mức 2 thì sao" after
    /// registering a birth online, whose answer only says such an account is needed, asks about that account).
    /// </summary>
    private (FaqItem Last, FollowUp Question)? FollowUpOf(FaqItem? last, string question, ContentScope scope)
    {
        if (last is null)
        {
            return null;
        }

        var tokens = catalog.Analyzer.Analyze(question);

        // "e ở lào cai", "tỉnh Trà Vinh ạ" after an answer (or choices) about a place: the place the last question left out
        // ("của tỉnh mình"), or another than the last answer's, which it is now asked of.
        if (PlaceOnly(tokens) is { } place && last.Locality != Localities.National)
        {
            return (last, new FollowUp(place, 0) { GivesPlace = true });
        }

        var read = FollowUpQuestion.Read(tokens, catalog.Index.MeantAsContent([.. tokens.Take(2)]));
        if (read is { Continues: true } && catalog.Index.Covers(question, last) < ComplicationShare)
        {
            read = FollowUpQuestion.Read(tokens);
        }

        // "còn facebook?" after what to do when a Zalo or Facebook account is taken over: the last item speaks of that
        // subject at least as much as any other item's phrasing does, so the message asks it of that item ("còn vneid
        // thì sao" after online public services asks about VNeID's own item). One asking its own question of it ("còn hồ
        // sơ thì tra cứu ở đâu" after paying fees online, whose answer says "hồ sơ") is answered on its own when an item
        // answers it confidently, else read against the last answer too.
        if (read is { NewSubject: { } subject } && SpeaksOf(last, subject, scope))
        {
            read = new FollowUp(null, 1, PointsBack: read.Asks is null);
        }

        return read is null ? null : (last, read);
    }

    /// <summary>
    /// Whether <paramref name="last"/> says at least <see cref="ComplicationShare"/> of <paramref name="subject"/>, and as
    /// much of it as the phrasing of the item that best finds it otherwise.
    /// </summary>
    private bool SpeaksOf(FaqItem last, string subject, ContentScope scope)
    {
        var said = catalog.Index.Covers(subject, last);
        return said >= ComplicationShare
            && catalog.Index.Search(subject, 1, item => item.Id == last.Id ? 0 : 1, scope) is var other
            && (other.Count == 0 || catalog.Index.CoverageOf(subject, answers: false)(other[0].Item) <= said);
    }

    /// <summary>
    /// Adds the answer of the item that confidently answers <paramref name="question"/>, if one does, after what the
    /// turn already said; the turn's intent stays as it is and nothing is filed when none does, but the item the
    /// question is most likely about, when one fits enough to be offered, becomes the context of a follow-up.
    /// </summary>
    public async Task AnswerIfConfidentAsync(TurnContext turn, string question, CancellationToken cancellationToken)
    {
        var intent = turn.Trace.Intent;
        var candidates = Search(question, turn.Activity.Scope);
        if (AnswerDecision.For(candidates, options, AskedFigure.In(question, catalog.Analyzer)).Answer is { } answer)
        {
            await AnswerAsync(turn, answer.Item, intent, question, cancellationToken, understood: question);
        }
        else if (candidates.Count > 0 && candidates[0].ScopeFit >= options.SuggestThreshold)
        {
            // What was said is about that item: a follow-up ("phải làm sao?") is read against it.
            turn.Conversation.Remember(new AnswerContext(candidates[0].Item.Id, time.GetUtcNow()));
        }
    }

    /// <summary>
    /// The item a follow-up asks about, read against the last answer: among that item, its follow-ups and the items
    /// citing its documents first, then its topic, then the whole store; null when nothing answers what it asks, nor
    /// when the item found states no figure of the kind the question asks (<paramref name="figure"/>).
    /// Another place's question is asked in the citizen's own words first (<paramref name="lastQuestion"/>, the question the
    /// last answer answered as understood, when known); <paramref name="understood"/> is then the question of the other
    /// place answered, or whose items fit, when none answers it; else null.
    /// </summary>
    private Candidate? Resolve((FaqItem Last, FollowUp Question) followUp, string question, string? lastQuestion, ContentScope scope, FigureKind figure, out string? understood)
    {
        var (last, read) = followUp;
        understood = null;

        // What another subject's or place's question gets: an answer other than the last (unless the last is of the place now
        // named: "e ở lào cai" after being offered Lào Cai's plan among others), confident, and stating the figure asked
        // ("còn khai tử thì sao" after "khai sinh online mất bao lâu" asks how long too).
        var ofPlaceNamed = read.NewSubject is { } named && catalog.Analyzer.Localities(catalog.Analyzer.Tokens(named)).Contains(last.Locality);
        Candidate? AnswerOf(string swapped) => AnswerDecision.For(
            catalog.Index.Search(swapped, Math.Max(options.MaxSuggestions, 1), item => item.Id == last.Id && !ofPlaceNamed ? 0 : 1, scope),
            options,
            figure == FigureKind.None ? AskedFigure.In(swapped, catalog.Analyzer) : figure).Answer;

        // "còn X thì sao": first ask of X what the last question asked ("VNeID là gì?" after "Dịch vụ công là gì?"); when
        // X is a place and the last question named one, the last question itself of that place ("còn Lào Cai thì sao"
        // after Thái Bình's plan: Lào Cai's plan).
        if (read.NewSubject is { } subject)
        {
            // "còn nộp phí thì làm sao" asks its own question of its new subject: only that question, confidently answered.
            var plain = !VietnameseTokenizer.IsWrittenWithMarks(catalog.Analyzer.Analyze(question));
            var (swappedQuestion, ofPlace) = read.Asks is { } asks ? ($"{subject} {asks}", false) : SwappedQuestion(subject, last.Question, plain, read.GivesPlace);

            // Of another place, the citizen's own question first: "thế còn Trà Vinh?" after "Bến Tre có văn bản gì về cds"
            // asks for Trà Vinh's documents, not for a Trà Vinh version of the one Bến Tre letter that answered it.
            var ownQuestion = ofPlace && lastQuestion is not null && SwappedQuestion(subject, lastQuestion, plain, read.GivesPlace) is (var swappedOwn, true) ? swappedOwn : null;
            if (ownQuestion is not null && AnswerOf(ownQuestion) is { } own)
            {
                understood = ownQuestion;
                return own;
            }

            // "Lĩnh vực ưu tiên thì sao?" after Lào Cai's views on digital transformation asks it of Lào Cai: a new subject
            // naming no place is asked of the last answer's place first, and answered there by an item of that place asking
            // about that subject in its own phrasing (not by whatever of Lào Cai the place's name finds: "còn ngày cđs?").
            if (!ofPlace && catalog.Analyzer.Localities(catalog.Analyzer.Tokens(subject)).Count == 0
                && AnsweredAtPlaceOf(last, swappedQuestion, subject, figure, scope) is { } local)
            {
                return local;
            }

            if (AnswerOf(swappedQuestion) is { } same)
            {
                understood = ofPlace ? swappedQuestion : null;
                return same;
            }

            // Asked of the items linked to the last answer below, the new subject asks the figure the last question did.
            if (figure == FigureKind.None)
            {
                figure = AskedFigure.In(swappedQuestion, catalog.Analyzer);
            }

            // Another place's answer to the same question is not on file: any other item of that place is no answer, only a
            // choice among those that fit the question asked of it.
            if (ofPlace)
            {
                understood = ownQuestion ?? swappedQuestion;
                return null;
            }

            // A question asked in the message's own words that no item answers confidently is read as it otherwise would.
            if (read.Asks is not null)
            {
                return read.Otherwise is { } otherwise ? Resolve((last, otherwise), question, lastQuestion, scope, figure, out understood) : null;
            }
        }

        // What is asked: the new subject of "còn X thì sao", else the message without the words pointing back at the last
        // answer ("nó", "trong đó"). The rest comes from the last question: for a new subject or a complication of the
        // matter just answered, all of it; else what it was about (SubjectOf), not what it asked of that ("học ở đâu"
        // after who launched the movement), or all of it when it names nothing.
        var asked = read.NewSubject ?? (read.PointsBack ? FollowUpQuestion.Asked(catalog.Analyzer.Analyze(question)) : question);
        var talkedAbout = read.NewSubject is null ? SubjectOf(last) : "";
        var combined = talkedAbout.Length > 0 && !read.Continues ? $"{asked} {talkedAbout}" : $"{asked} {last.Question}";
        var swapped = read.NewSubject is not null;
        var excluded = swapped ? last.Id : null;

        // Beyond the items linked to the last answer, the one a follow-up picks must say what the conversation is about in
        // its own phrasing ("mất bao lâu" after "VNeID là gì?" is not the time a birth registration takes).
        var onSubject = read.NewSubject is null ? OnSubject(talkedAbout) : _ => true;
        double Linked(FaqItem item) => LinkWeight(item, last, excluded);
        double SameTopic(FaqItem item) => item.Id == excluded || item.Topic != last.Topic || !onSubject(item) ? 0 : 1;
        double Anywhere(FaqItem item) => item.Id == excluded || !onSubject(item) ? 0 : 1;

        // A follow-up asking what ("học những gì") is not answered by an item asking where, who or another aspect in its own
        // question ("Học Bình dân học vụ số ở đâu?").
        //
        // Asking what, a word the message shares with the name of what the conversation is about ("học" of "Bình dân học
        // vụ số") is not said by an item that says it only inside that name: "học những gì" is not what "Phong trào Bình
        // dân học vụ số là gì?" says, but what "học gì trong Bình dân học vụ số" does. Such an item's share of the message
        // counts no more than without that word; no other item's changes. Only a message asking what ("gì", no other aspect):
        // "học thế nào" after who the movement is for is not asked of who launched it. A message naming the subject itself,
        // "học vụ là gì", keeps its words.
        var askedTokens = catalog.Analyzer.Analyze(asked);
        var coverage = catalog.Index.CoverageOf(asked);
        var asksWhat = AskedAspect.Of(askedTokens) == Aspect.None && askedTokens.Any(t => t.Is("gi", "gì"));
        var name = catalog.Analyzer.Analyze(talkedAbout);
        var ofName = asksWhat ? WordsOfName(askedTokens, name, catalog.Analyzer.Analyze(last.Question)) : [];
        var coverageBesidesName = ofName.Count > 0
            ? catalog.Index.CoverageOf(string.Join(' ', askedTokens.Where(t => !ofName.Contains(t.Folded)).Select(t => t.Spelled)))
            : coverage;
        var nameFolded = name.Select(t => t.Folded).ToList();
        var saysOnlyInName = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool SaysOnlyInName(FaqItem item)
        {
            if (!saysOnlyInName.TryGetValue(item.Id, out var only))
            {
                var (besides, inName) = SaidBesides(item, nameFolded);
                only = saysOnlyInName[item.Id] = ofName.Any(word => inName.Contains(word) && !besides.Contains(word));
            }

            return only;
        }

        double AskedCoverage(FaqItem item) =>
            asksWhat && AskedAspect.Of(catalog.Analyzer.Analyze(item.Question)) is not (Aspect.None or Aspect.Advice or Aspect.When) ? 0
            : ofName.Count > 0 && SaysOnlyInName(item) ? Math.Min(coverage(item), coverageBesidesName(item))
            : coverage(item);
        foreach (var weight in new Func<FaqItem, double>[] { Linked, SameTopic, Anywhere })
        {
            if (PickRelated(combined, weight, AskedCoverage, FollowUpFit, scope) is { } picked)
            {
                return AskedFigure.IsStatedIn(figure, picked.Item.Answer) ? picked : null;
            }
        }

        // "Có mấy mục tiêu?" after Lào Cai's broadcasts: what nothing on the conversation's subject answers is asked of the last
        // answer's place, and answered by an item of that place asking it in its own phrasing. Only when it names something:
        // "ở đâu" alone asks it of the broadcasts, not of whatever of Lào Cai asks where.
        if (read is { NewSubject: null, PointsBack: false, OwnWords: > 0 } && catalog.Analyzer.Localities(catalog.Analyzer.Tokens(question)).Count == 0
            && AnsweredAtPlaceOf(last, asked, asked, figure, scope) is { } atPlace)
        {
            return atPlace;
        }

        // "Nó là gì vậy?" after being offered VNeID's items: what it points at, asked only what it asks ("VNeID là gì"),
        // when an item answers that confidently.
        if (read.PointsBack && read.NewSubject is null && WordCoverage.Asked(catalog.Analyzer.Analyze(asked)).Count == 0
            && SubjectOf(last) is { Length: > 0 } pointedAt)
        {
            var meant = $"{pointedAt} {asked}";
            return AnswerDecision.For(Search(meant, scope), options, figure == FigureKind.None ? AskedFigure.In(meant, catalog.Analyzer) : figure).Answer;
        }

        return null;
    }

    /// <summary>
    /// <paramref name="asked"/> asked of the place of the <paramref name="last"/> answer (none for a national one): the item
    /// of that place, other than the last answer, that answers it confidently, stating the <paramref name="figure"/> asked,
    /// and saying at least <see cref="FollowUpSubjectShare"/> of <paramref name="mustSay"/> in its own phrasing (not
    /// whatever of that place the place's name finds); null otherwise.
    /// </summary>
    private Candidate? AnsweredAtPlaceOf(FaqItem last, string asked, string mustSay, FigureKind figure, ContentScope scope)
    {
        if (PlaceNameOf(last) is not { } place)
        {
            return null;
        }

        var atPlace = $"{asked} {place}";
        var found = catalog.Index.Search(atPlace, Math.Max(options.MaxSuggestions, 1), item => item.Id == last.Id ? 0 : 1, scope);
        return AnswerDecision.For(found, options, figure == FigureKind.None ? AskedFigure.In(atPlace, catalog.Analyzer) : figure).Answer is { } local
            && local.Item.Locality == last.Locality && catalog.Index.CoverageOf(mustSay, answers: false)(local.Item) >= FollowUpSubjectShare
            ? local
            : null;
    }

    /// <summary>
    /// Among the items <paramref name="weight"/> allows that <paramref name="combined"/> (a message with the last question,
    /// or with what that question was about) finds, the one that says most of the message (<paramref name="says"/>,
    /// scaled by its rank against the best's): at least <paramref name="fit"/> of it and <see cref="FollowUpLead"/> times
    /// the runner-up; null otherwise. The last question's words find the related items; what the message itself asks
    /// picks among them.
    /// </summary>
    private Candidate? PickRelated(string combined, Func<FaqItem, double> weight, Func<FaqItem, double> says, double fit, ContentScope scope)
    {
        var found = catalog.Index.Search(combined, FollowUpDepth, weight, scope);
        if (found.Count == 0)
        {
            return null;
        }

        var scored = found
            .Select(c => (Candidate: c, Score: says(c.Item) * c.Rank / found[0].Rank))
            .OrderByDescending(s => s.Score)
            .ToList();
        var runnerUp = scored.Count > 1 ? scored[1].Score : 0;
        return scored[0].Score >= fit && scored[0].Score >= FollowUpLead * runnerUp ? scored[0].Candidate : null;
    }

    /// <summary>How an item weighs in a search among those linked to <paramref name="last"/>: its follow-ups most, other linked items, none else (nor <paramref name="excluded"/>).</summary>
    private static double LinkWeight(FaqItem item, FaqItem last, string? excluded) =>
        item.Id == excluded ? 0
        : last.FollowUps.Contains(item.Id) ? 1.3
        : IsLinked(item, last) ? 1
        : 0;

    /// <summary>
    /// The item linked to the <paramref name="last"/> answer (its follow-ups, the items citing its documents; not that
    /// answer again) whose question side says most of what a short <paramref name="question"/> adds to it
    /// (<see cref="WhatItAdds"/>), every word the content never uses counting as unsaid (an answer listing "Mặt trận Tổ
    /// quốc" among others is not about what it does): at least
    /// <see cref="LinkedFit"/> of it, and <see cref="FollowUpLead"/> times the runner-up; null otherwise.
    /// </summary>
    private Candidate? LinkedAnswer(FaqItem last, string question, ContentScope scope)
    {
        var tokens = catalog.Analyzer.Analyze(question);
        if (!FollowUpQuestion.IsShort(tokens))
        {
            return null;
        }

        // Another item: what the last answer said is not said again for a message that is no follow-up by its words.
        var says = catalog.Index.CoverageOf(WhatItAdds(tokens, last), chatter: false, answers: false);
        return PickRelated($"{question} {last.Question}", item => LinkWeight(item, last, excluded: last.Id), says, LinkedFit, scope);
    }

    /// <summary>
    /// What a message adds to the <paramref name="last"/> question: its words but for how it asks (<see cref="AsksHow"/>),
    /// the place the conversation is about (which tells no item of that place from another) and what the last question
    /// already said ("sửa điện thoại ở đâu" after where to learn to use a phone asks about repairs).
    /// </summary>
    private string WhatItAdds(IReadOnlyList<Token> tokens, FaqItem last)
    {
        var said = last.Variants.Prepend(last.Question).SelectMany(catalog.Analyzer.Terms).ToHashSet(StringComparer.Ordinal);
        var rest = catalog.Analyzer.WithoutLocalities(tokens);

        // A word is said with a word beside it, if it has one: "xã" of "xã Tân Ninh" is not the "xã" of "mạng xã hội", the
        // "điện thoại" of "mua điện thoại" is.
        int[] Beside(int i) => [.. new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < rest.Count && !VietnameseTokenizer.IsStopWord(rest[j]))];
        bool Said(int i) => said.Contains(rest[i].Folded)
            && (Beside(i) is not { Length: > 0 } beside || beside.Any(j => said.Contains(rest[Math.Min(i, j)].Folded + "_" + rest[Math.Max(i, j)].Folded)));
        return string.Join(' ', rest.Where((_, i) => !AsksHow(rest, i) && !AsksForDetail(rest, i) && !Said(i)).Select(t => t.Spelled));
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> asks for more of what was said, not about something new: "cụ thể", "chi
    /// tiết", "rõ hơn", the "từng" of "từng bước".
    /// </summary>
    private static bool AsksForDetail(IReadOnlyList<Token> tokens, int i)
    {
        bool Pair(int at, string first, string second) => at >= 0 && at + 1 < tokens.Count && tokens[at].Folded == first && tokens[at + 1].Folded == second;
        bool EitherOf(string first, string second) => Pair(i, first, second) || Pair(i - 1, first, second);
        return EitherOf("cu", "the") || EitherOf("chi", "tiet") || EitherOf("ro", "hon") || (tokens[i].Folded == "tung" && Pair(i, "tung", "buoc"));
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> of <paramref name="tokens"/> is part of how a question asks ("ai", "ở đâu",
    /// "(mất, hết) bao lâu", "bao nhiêu", "bao giờ"), not of what it asks about: "bao" only before "lâu", "nhiêu" or "giờ"
    /// ("báo ở đâu" asks where to report).
    /// </summary>
    private static bool AsksHow(IReadOnlyList<Token> tokens, int i)
    {
        bool IsBaoOf(int at) => at >= 0 && at + 1 < tokens.Count && tokens[at].Folded == "bao" && tokens[at + 1].Folded is "lau" or "nhieu" or "gio";
        return IsBaoOf(i) || IsBaoOf(i - 1) || (tokens[i].Folded is "mat" or "het" && IsBaoOf(i + 1))
            || (tokens[i].Folded != "bao" && FollowUpQuestion.IsQuestionWord(tokens[i].Folded));
    }

    /// <summary>
    /// The <paramref name="last"/> question asked of <paramref name="subject"/> instead of its own subject, or of its
    /// own place when both name one (<c>OfPlace</c>), without the numbers of the documents it names. A message typed
    /// without diacritics (<paramref name="plain"/>) gets the last question's words without theirs too: written half with
    /// marks, its own words would be read as spelled ("xa hoi so" is not "xa hội số").
    /// </summary>
    private (string Question, bool OfPlace) SwappedQuestion(string subject, string last, bool plain, bool givesPlace = false)
    {
        var analyzer = catalog.Analyzer;
        var subjectTokens = analyzer.Analyze(subject);
        var lastTokens = analyzer.Analyze(last);
        if (plain)
        {
            lastTokens = [.. lastTokens.Select(t => Token.Plain(t.Folded))];
        }

        bool NamesPlace(IReadOnlyList<Token> tokens) => analyzer.Localities([.. tokens.Select(t => t.Folded)]).Count > 0;

        // "e ở lào cai" after "kế hoạch tuyên truyền cds của tỉnh mình là cái nào": the last question, of that place.
        if (givesPlace && NamesPlace(subjectTokens) && !NamesPlace(lastTokens))
        {
            return ($"{last} {subject}", true);
        }

        if (!NamesPlace(subjectTokens) || !NamesPlace(lastTokens))
        {
            return ($"{subject} {FollowUpQuestion.Attributes(lastTokens)}", false);
        }

        // A document's number is its place's own ("Nghị quyết 02-NQ/TU" is Thái Bình's): of another place, what kind of
        // document was asked about stays, its number goes; a national document's stays ("nghị quyết 57").
        var national = NationalNumbers();
        var numbers = DocumentReferences.Words([.. lastTokens.Select(t => t.Folded)])
            .Where(w => w.Any(char.IsDigit) && !national.Contains(DocumentReferences.Terms([w]).Select(DocumentReferences.NumberOf).FirstOrDefault() ?? w))
            .ToHashSet(StringComparer.Ordinal);
        return ($"{subject} {string.Join(' ', analyzer.WithoutLocalities(lastTokens).Where(t => !numbers.Contains(t.Folded)).Select(t => t.Spelled))}", true);
    }

    /// <summary>
    /// The served place a message names and nothing else but who lives there ("e ở lào cai", "tôi ở tỉnh Thái Bình ạ", "Trà
    /// Vinh"), as typed; null for any other message.
    /// </summary>
    private string? PlaceOnly(IReadOnlyList<Token> tokens)
    {
        var folded = tokens.Select(t => t.Folded).ToArray();
        var places = catalog.Analyzer.Localities(folded);
        if (places.Count != 1 || Localities.IsElsewhere(places.First()))
        {
            return null;
        }

        var rest = catalog.Analyzer.WithoutLocalities(tokens);
        return rest.All(t => PlaceFillers.Contains(t.Folded)) && rest.Count < tokens.Count
            ? string.Join(' ', tokens.Where(t => !rest.Contains(t)).Select(t => t.Spelled))
            : null;
    }

    // Folded words that, beside a place's name, say only who lives there: "em ở", "tôi sống tại", "dân tỉnh", "ạ".
    private static readonly HashSet<string> PlaceFillers =
        ["e", "em", "toi", "tui", "t", "minh", "anh", "chi", "a", "c", "ban", "nha", "o", "tai", "song", "dan", "nguoi", "la", "tinh", "thanh", "pho", "tp", "xa", "huyen", "thuoc", "ad", "nhe", "day", "roi", "vay", "thi", "con"];

    /// <summary>Whether a message acknowledges an answer ("em hiểu rồi", "cảm ơn", "ok") rather than telling of a case.</summary>
    private static bool Acknowledges(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => t.Folded is "ok" or "oke" or "okay" or "thanks" or "thank")
        || tokens.Where((t, i) => i + 1 < tokens.Count
            && ((t.Is("cam", "cảm") && tokens[i + 1].Folded == "on") || (t.Is("hieu", "hiểu") && tokens[i + 1].Folded == "roi"))).Any();

    [GeneratedRegex(@"[,.;:!?\n]+")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"[.;:!?\n]+")]
    private static partial Regex Sentences();

    /// <summary>The name of the served place <paramref name="item"/> is about; null for a national item.</summary>
    private string? PlaceNameOf(FaqItem item) =>
        item.Locality == Localities.National ? null : catalog.Content.Localities.FirstOrDefault(l => l.Id == item.Locality)?.Name;

    /// <summary>The numbers of the national documents on file ("57" of 57-NQ/TW), which no place owns.</summary>
    private HashSet<string> NationalNumbers() =>
        [.. catalog.Content.Documents.Where(d => d.Locality == Localities.National).SelectMany(d => DocumentReferences.TermsOfNumber(d.Number)).Select(DocumentReferences.NumberOf)];

    /// <summary>
    /// Keeps the document a passage was quoted from as the conversation's context, through the item that stands for it
    /// (the last answer when it cites the document, else the item citing it first, of its place, with fewest other
    /// sources), so that "ai ký?" or "kinh phí lấy từ đâu?" after an excerpt are read against that document.
    /// </summary>
    private void RememberDocument(TurnContext turn, string documentNumber)
    {
        var number = VietnameseTokenizer.CanonicalNumber(documentNumber);
        bool IsIt(string source) => VietnameseTokenizer.CanonicalNumber(source) == number;
        bool Cites(FaqItem item) => item.Sources.Any(IsIt);
        var place = catalog.Content.FindDocument(documentNumber)?.Locality;
        var context = LastAnswered(turn) is { } last && Cites(last) ? last
            : AnswerableItems()
                .Where(Cites)
                .OrderBy(i => IsIt(i.Sources[0]) ? 0 : 1)
                .ThenBy(i => i.Locality == place ? 0 : 1)
                .ThenBy(i => i.Sources.Count)
                .FirstOrDefault();
        // A document no item cites gives no context: the one before is not what the excerpt was about.
        turn.Conversation.Remember(context is null ? null : new AnswerContext(context.Id, time.GetUtcNow()));
    }

    /// <summary>
    /// Another item citing a document the <paramref name="last"/> answer cites whose own question asks when or by whom it was
    /// issued ("Nghị quyết 57 ban hành ngày nào?" after its targets for 2030); null when there is none.
    /// </summary>
    private FaqItem? IssueOf(FaqItem last)
    {
        // Of an answer citing several documents, which one's date is asked is not known: that answer again.
        var documents = last.Sources.Where(source => catalog.Content.FindDocument(source) is not null).ToList();
        return documents.Count != 1 ? null : AnswerableItems().FirstOrDefault(item => item.Id != last.Id
            && item.Sources.Intersect(documents, StringComparer.OrdinalIgnoreCase).Any()
            && FollowUpQuestion.AsksIssue(catalog.Analyzer.Analyze(item.Question)));
    }

    /// <summary>
    /// "Thế tiền phí trả bằng cách nào?" after changing a licence online, "vì sao?" after what Bến Tre plans for online public
    /// services: when a short message asks how to pay or why, and the <paramref name="last"/> answer does not say, the one
    /// item linked to it (a follow-up, or citing a source it cites) whose own question asks that; null otherwise. (Where, or
    /// which papers, are asked by many items; how to pay or why by one or two.)
    /// </summary>
    /// <remarks>
    /// Why is asked of a follow-up of the last item, or of an item of the same place citing its document (a province's
    /// letter has one reason); a national decision cited by many items gives none of them the reason for the others.
    /// </remarks>
    private FaqItem? LinkedAsking(FaqItem last, IReadOnlyList<Token> tokens, Aspect aspect) =>
        aspect is Aspect.Payment or Aspect.Why && FollowUpQuestion.IsShort(tokens) && !AskedAspect.IsStatedIn(aspect, last.Answer)
        && AnswerableItems().Where(item => item.Id != last.Id && IsLinked(item, last) && AsksInItsOwnQuestion(item, aspect)
            && (aspect != Aspect.Why || last.FollowUps.Contains(item.Id) || (last.Locality != Localities.National && item.Locality == last.Locality))).ToList() is [var asking]
            ? asking
            : null;

    /// <summary>The one of the items offered as <paramref name="choices"/> that asks <paramref name="aspect"/> in its own question and says it; null when none or several do.</summary>
    private FaqItem? ChoiceAsking(IReadOnlyList<string> choices, Aspect aspect) =>
        aspect is not (Aspect.None or Aspect.Advice)
        && choices.Select(catalog.Content.FindItem).OfType<FaqItem>().Where(item => AsksInItsOwnQuestion(item, aspect)).ToList() is [var asking]
            ? asking
            : null;

    /// <summary>Whether a short message (<paramref name="tokens"/>) asks an <paramref name="aspect"/> that the <paramref name="last"/> answer says (<see cref="AskedAspect"/>).</summary>
    /// <remarks>
    /// Not one naming a document ("nghị định 13 có hiệu lực khi nào"): that asks of the document. Asking when, the last
    /// answer must also say what the message names ("tổ chức vào dịp nào" after what a festival held on 10/10 is), and the
    /// message give no number of its own ("gọi 113 khi nào" after a plan's deadlines asks when to call that number).
    /// </remarks>
    private bool AskedOfLast(FaqItem last, IReadOnlyList<Token> tokens, Aspect aspect) =>
        aspect != Aspect.None && FollowUpQuestion.IsShort(tokens) && AskedAspect.IsStatedIn(aspect, last.Answer)
        && !DocumentReferences.Terms([.. tokens.Select(t => t.Folded)]).Any()
        && (aspect != Aspect.When || (SaysOf(last, tokens) && !tokens.Any(t => t.Folded.Any(char.IsDigit))));

    /// <summary>
    /// Whether <paramref name="item"/>, one of the <paramref name="last"/> answer's follow-ups or an item on its subject,
    /// asks the same <paramref name="aspect"/> in its own question and says it: "học ở đâu" after what the movement is.
    /// </summary>
    /// <remarks>The place the last question named is no subject: "ai thực hiện" after where Thái Bình holds its "Ngày Chủ nhật
    /// số" is not asked of any other Thái Bình item that says who does something. Nor, asking when, is any item on the
    /// subject: each event has its own date ("khi nào" after the digital-learning festival is not when the movement began).</remarks>
    private bool AsksTheSame(FaqItem item, FaqItem last, Aspect aspect) =>
        (last.FollowUps.Contains(item.Id) || (aspect != Aspect.When && Unplaced(SubjectOf(last)) is { Length: > 0 } subject && OnSubject(subject)(item)))
        && AsksInItsOwnQuestion(item, aspect);

    /// <summary><paramref name="text"/> without the places it names.</summary>
    private string Unplaced(string text) =>
        string.Join(' ', catalog.Analyzer.WithoutLocalities(catalog.Analyzer.Analyze(text)).Select(t => t.Spelled));

    /// <summary>
    /// Whether <paramref name="item"/>'s question or a variant asks <paramref name="aspect"/>, and its answer says it; an
    /// answer to a question asking why is a reason, whatever its words ("Số 1 và số 0 là hai chữ số…").
    /// </summary>
    private bool AsksInItsOwnQuestion(FaqItem item, Aspect aspect) =>
        item.Variants.Prepend(item.Question).Any(asked => AskedAspect.Of(catalog.Analyzer.Analyze(asked)) == aspect)
        && (aspect == Aspect.Why || AskedAspect.IsStatedIn(aspect, item.Answer));

    /// <summary>
    /// Whether the <paramref name="last"/> item's text says the words of <paramref name="tokens"/> that are no question word
    /// nor one any subject has: at least <see cref="SaysOfLastShare"/> of them ("gọi số nào nếu khẩn cấp": "khẩn cấp").
    /// </summary>
    private bool SaysOf(FaqItem last, IReadOnlyList<Token> tokens)
    {
        var said = WordCoverage.Said(catalog.Analyzer, last);
        var named = WhatItNames(tokens);
        return named.Count == 0 || named.Count(said.Contains) >= SaysOfLastShare * named.Count;
    }

    /// <summary>The words <paramref name="tokens"/> name (<see cref="SaysOf"/>): no question word nor one any subject has, folded.</summary>
    private static List<string> WhatItNames(IReadOnlyList<Token> tokens)
    {
        // The unit of a figure asked ("mấy lần", "bao nhiêu ngày") is how it asks, not what about; so is "bắt đầu" (where to
        // start: the first step).
        var asked = tokens.Where((_, i) => !(i > 0 && (tokens[i - 1].Is("may", "mấy") || tokens[i - 1].Is("nhieu", "nhiêu")))
            && !(tokens[i].Is("bat", "bắt") && i + 1 < tokens.Count && tokens[i + 1].Is("dau", "đầu")));
        return [.. FollowUpQuestion.Named(asked).Where(w => !AskedAspect.Words.Contains(w)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The words of <paramref name="tokens"/> (folded) that are also words of a <paramref name="name"/> of two words or more,
    /// as spelled when typed with marks ("chuyên" is not the "chuyển" of "chuyển đổi số"); none when the message names it
    /// itself, two of its words in a row ("học vụ là gì"). Nor a word that goes with the same neighbour in the message as in
    /// the question the name was taken from (<paramref name="named"/>): "ưu tiên" is one word, though the name of "Xã Tân Ninh
    /// ưu tiên phổ cập kỹ năng số cho ai?" ends at "ưu".
    /// </summary>
    private static List<string> WordsOfName(IReadOnlyList<Token> tokens, IReadOnlyList<Token> name, IReadOnlyList<Token> named)
    {
        if (name.Count < 2)
        {
            return [];
        }

        bool OfName(Token token) => name.Any(n => token.Is(n.Folded, n.Spelled));
        for (var i = 1; i < tokens.Count; i++)
        {
            if (OfName(tokens[i - 1]) && OfName(tokens[i]))
            {
                return [];
            }
        }

        var pairs = named.Zip(named.Skip(1), (a, b) => (a.Folded, b.Folded)).ToHashSet();
        bool InCompound(int i) =>
            (i > 0 && pairs.Contains((tokens[i - 1].Folded, tokens[i].Folded))) || (i + 1 < tokens.Count && pairs.Contains((tokens[i].Folded, tokens[i + 1].Folded)));
        // Read on the whole message: whether "bao" asks depends on the word after it.
        var naming = NamedIn(tokens);
        return [.. tokens.Where((t, i) => OfName(t) && !InCompound(i) && naming.Contains(t.Folded)).Select(t => t.Folded).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The words <paramref name="item"/> says (its question, variants and answer, folded) where they are not part of an
    /// unbroken run of <paramref name="name"/> (folded words), and those it says inside such a run.
    /// </summary>
    private (HashSet<string> Besides, HashSet<string> InName) SaidBesides(FaqItem item, List<string> name)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var inName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in item.Variants.Prepend(item.Question).Append(item.Answer))
        {
            var words = catalog.Analyzer.Analyze(text);
            for (var i = 0; i < words.Count; i++)
            {
                if (i + name.Count <= words.Count && Enumerable.Range(0, name.Count).All(k => words[i + k].Folded == name[k]))
                {
                    inName.UnionWith(name);
                    i += name.Count - 1;
                    continue;
                }

                said.Add(words[i].Folded);
            }
        }

        return (said, inName);
    }

    /// <summary>Whether <paramref name="item"/>'s question or a variant asks whether something is needed ("Email dùng để làm gì, có cần không?").</summary>
    private bool AsksWhetherNeeded(FaqItem item) =>
        item.Variants.Prepend(item.Question).Select(catalog.Analyzer.Analyze)
            .Any(asked => asked.Any(t => t.Is("can", "cần")) && asked.Any(t => t.Folded is "khong" or "ko"));

    /// <summary>
    /// Whether the words <paramref name="tokens"/> name, those asking whether something is needed aside, are all said by the
    /// <paramref name="last"/> item, and there is one at least; no place nor document named.
    /// </summary>
    private bool SpeaksOnlyOf(FaqItem last, IReadOnlyList<Token> tokens)
    {
        if (!NamesNoPlaceNorDocument(tokens))
        {
            return false;
        }

        var named = NamedIn(tokens);
        return named.Count > 0 && named.All(WordCoverage.Said(catalog.Analyzer, last).Contains);
    }

    /// <summary>
    /// The subject the items <paramref name="choices"/> name all ask about, as the shortest question of theirs spells it: the
    /// words of that question, function words aside, the others' questions or variants say too (in a row, where some are);
    /// empty when they share none.
    /// </summary>
    private string SharedSubject(IReadOnlyList<string> choices)
    {
        var items = choices.Select(catalog.Content.FindItem).OfType<FaqItem>().ToList();
        if (items.Count < 2)
        {
            return "";
        }

        var analyzer = catalog.Analyzer;
        var shortest = items.MinBy(item => analyzer.Analyze(item.Question).Count)!;
        var others = items.Where(item => item != shortest).Select(item => analyzer.Tokens($"{item.Question} {string.Join(' ', item.Variants)}")).ToList();
        var words = analyzer.Analyze(shortest.Question).Where(t => !VietnameseTokenizer.IsStopWord(t)).ToList();
        var shared = words.Where(t => others.All(said => said.Contains(t.Folded))).ToList();

        // Of a name the others say too, only its words in a row ("Học Bình dân học vụ số ở đâu" shares "Bình dân học vụ số").
        bool InRow(int i) => i + 1 < words.Count && others.All(said => said.Zip(said.Skip(1)).Contains((words[i].Folded, words[i + 1].Folded)));
        var named = words.Where((_, i) => InRow(i) || (i > 0 && InRow(i - 1))).ToList();
        return string.Join(' ', (named.Count > 0 ? named : shared).Select(t => t.Spelled));
    }

    /// <summary>Whether the <paramref name="last"/> answer says what to do if the trouble persists: "Nếu vẫn lỗi, …".</summary>
    private static bool SaysWhatIfItPersists(FaqItem last)
    {
        var words = VietnameseTokenizer.Analyze(last.Answer);
        return words.Where((t, i) => t.Spelled == "vẫn" && i > 0 && words[i - 1].Spelled == "nếu").Any();
    }

    /// <summary>
    /// Whether the <paramref name="last"/> answer warns of something fake or a scam ("giả", "lừa") in a sentence not about fake
    /// news ("nhận biết tin giả, lừa đảo trực tuyến" is a course's topic; the fake-news item answers of that).
    /// </summary>
    private static bool Warns(FaqItem last) =>
        Sentences().Split(last.Answer).Select(sentence => VietnameseTokenizer.Analyze(sentence))
            .Any(words => words.Any(t => t.Spelled is "lừa" or "giả") && !words.Where((t, i) => t.Spelled == "giả" && i > 0 && words[i - 1].Spelled == "tin").Any());

    /// <summary>
    /// Whether one sentence of the <paramref name="last"/> answer says every word <paramref name="tokens"/> name (<see
    /// cref="NamedIn"/>), and there is one at least: what <see cref="SpeaksOnlyOf"/> asks of the whole item, in one sentence.
    /// </summary>
    private bool InOneSentence(FaqItem last, IReadOnlyList<Token> tokens)
    {
        var named = NamedIn(tokens);
        return named.Count > 0 && Sentences().Split(last.Answer).Any(sentence => named.All(WordCoverage.Said(catalog.Analyzer, sentence).Contains));
    }

    /// <summary>Whether <paramref name="item"/>'s question and variants name every word <paramref name="tokens"/> name (<see cref="NamedIn"/>).</summary>
    private bool AsksAllOf(FaqItem item, IReadOnlyList<Token> tokens) =>
        NamedIn(tokens).All(WordCoverage.Said(catalog.Analyzer, $"{item.Question} {string.Join(' ', item.Variants)}").Contains);

    /// <summary>The words of <paramref name="tokens"/> but those of <paramref name="subject"/>, folded alike.</summary>
    private List<Token> BesidesSubject(IReadOnlyList<Token> tokens, string subject)
    {
        var words = catalog.Analyzer.Analyze(subject).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return [.. tokens.Where(t => !words.Contains(t.Folded))];
    }

    /// <summary>Whether <paramref name="tokens"/> name no place and no document.</summary>
    private bool NamesNoPlaceNorDocument(IReadOnlyList<Token> tokens)
    {
        var folded = tokens.Select(t => t.Folded).ToList();
        return catalog.Analyzer.Localities(folded).Count == 0 && !DocumentReferences.Terms(folded).Any();
    }

    /// <summary>The words <paramref name="tokens"/> name, folded: no function word, question word nor word of asking whether something is needed.</summary>
    private static List<string> NamedIn(IReadOnlyList<Token> tokens) =>
        [.. tokens.Where((t, i) => !VietnameseTokenizer.IsStopWord(t) && !FollowUpQuestion.Asks(tokens, i) && !Needing.Contains(t.Folded))
            .Select(t => t.Folded).Distinct(StringComparer.Ordinal)];

    // The words of asking whether something is needed ("có cần … không", "phải mang … chưa"), folded.
    private static readonly HashSet<string> Needing = ["co", "can", "phai", "mang", "theo", "khong", "chua", "k", "thi", "vay", "nua", "them", "luon"];

    // How many of a short question's own words the last item must say for the question to be of it.
    private const double SaysOfLastShare = 0.6;

    /// <summary>The items that may be answered today (published, within their period of validity).</summary>
    private IEnumerable<FaqItem> AnswerableItems()
    {
        var today = VietnamTime.Today(time);
        return catalog.Content.Items.Where(i => i.IsAnswerableOn(today));
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> name documents by type and number ("nghị quyết 68", "QĐ 411/QĐ-TTg"), none of them
    /// on file nor a likely typo of one of the same type (<see cref="IsTypoOf"/>: "517/QĐ-UBND" for 571/QĐ-UBND), and
    /// <paramref name="item"/> does not mention their numbers either; a year ("kế hoạch 2025") is no such number.
    /// </summary>
    private bool NamesOnlyDocumentsNotOnFile(IReadOnlyList<Token> tokens, FaqItem item)
    {
        var named = DocumentReferences.Terms([.. tokens.Select(t => t.Folded)]).Select(DocumentReferences.NumberAndCodeOf).OfType<(string Number, string Code)>().ToList();
        if (named.Count == 0 || named.Any(asked => VietnameseTokenizer.YearOf(asked.Number) is not null))
        {
            return false;
        }

        var onFile = catalog.Content.Documents.SelectMany(d => DocumentReferences.TermsOfNumber(d.Number))
            .Select(DocumentReferences.NumberAndCodeOf).OfType<(string Number, string Code)>().ToList();
        var itemText = string.Join(' ', item.Variants.Prepend(item.Question).Append(item.Answer));
        return !named.Any(onFile.Contains)
            && !named.Any(asked => onFile.Any(known => known.Code == asked.Code && IsTypoOf(asked.Number, known.Number)))
            && !named.Any(asked => Regex.IsMatch(itemText, $@"(?<!\d)0*{Regex.Escape(asked.Number)}(?!\d)"));
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is likely <paramref name="known"/> mistyped: of three digits or more, one digit changed,
    /// added or dropped, or two neighbours swapped; of two, only swapped ("75" for 57). Any two short numbers differ in one
    /// digit: "nghị định 13" is no typo of 63.
    /// </summary>
    private static bool IsTypoOf(string typed, string known)
    {
        if (typed.Length == known.Length)
        {
            var differ = Enumerable.Range(0, typed.Length).Where(i => typed[i] != known[i]).ToList();
            var swapped = differ.Count == 2 && differ[1] == differ[0] + 1 && typed[differ[0]] == known[differ[1]] && typed[differ[1]] == known[differ[0]];
            return swapped || (differ.Count == 1 && typed.Length >= 3);
        }

        var (shorter, longer) = typed.Length < known.Length ? (typed, known) : (known, typed);
        return longer.Length - shorter.Length == 1 && shorter.Length >= 3 && Enumerable.Range(0, longer.Length).Any(i => longer.Remove(i, 1) == shorter);
    }

    /// <summary>Whether <paramref name="item"/> is <paramref name="last"/>, one of its follow-ups or cites one of its documents.</summary>
    private static bool IsLinked(FaqItem item, FaqItem last) =>
        item.Id == last.Id || last.FollowUps.Contains(item.Id) || item.Sources.Intersect(last.Sources, StringComparer.OrdinalIgnoreCase).Any();

    /// <summary>Whether an item says, in its own phrasing, at least <see cref="FollowUpSubjectShare"/> of <paramref name="subject"/>; every item does when it is empty.</summary>
    private Func<FaqItem, bool> OnSubject(string subject)
    {
        if (subject.Length == 0)
        {
            return _ => true;
        }

        var coverage = catalog.Index.CoverageOf(subject);
        return item => coverage(item) >= FollowUpSubjectShare;
    }

    /// <summary>
    /// What the <paramref name="last"/> question asked about (<see cref="FollowUpQuestion.Subject"/>); empty when it names
    /// nothing. Of its words, only those that at least <see cref="SubjectAskedBy"/> other items of its topic also ask
    /// about count, when there are any: "phát động phong trào" in "Ai phát động phong trào Bình dân học vụ số?" is what
    /// was asked of the movement, "Bình dân học vụ số" the movement a next question may be about.
    /// </summary>
    private string SubjectOf(FaqItem last)
    {
        var analyzer = catalog.Analyzer;
        var subjectTokens = analyzer.Analyze(FollowUpQuestion.Subject(analyzer.Analyze(last.Question)));

        // The last item asks about every word of its own question: others must too.
        var shared = subjectTokens.Where(t => catalog.Index.ItemsOfTopicAsking(last.Topic, t.Folded) > SubjectAskedBy).ToList();
        return string.Join(' ', (shared.Count > 0 ? shared : subjectTokens).Select(t => t.Spelled));
    }

    // How many other items of a topic must ask about a word of the last question's subject for it to name what the
    // conversation is about (see SubjectOf).
    private const int SubjectAskedBy = 2;

    // How much of a complication ("nhưng…", "mà…") the last item must say for it to be answered again: about five sixths
    // of it when the words are only in its answer (FaqIndex counts a word said only in an answer at 0.6).
    private const double ComplicationShare = 0.5;

    // How much of the last question the answer before it must say for that question to be a side matter of it, after which
    // the conversation may go back to it: half of what ComplicationShare asks, as a side question ("cần tài khoản mức mấy")
    // usually names what the answer mentions in passing ("tài khoản mức 2") with words of its own.
    private const double SideQuestionShare = 0.3;

    // How likely the item a whole message ranks first must be for the clauses that ask, answered confidently by it alone, to
    // be answered: on the repository's sets 0.45 kept every answer gained that way; out-of-scope questions whose subject is
    // in the story ("wifi nhà em chậm rứa, làm sao cho mạnh hơn") ranked their first item at 0.35 or less.
    private const double StoryAskedConfidence = 0.45;

    // How likely an item other than the choices just offered must be, found by a short message on its own, for the message
    // to ask of its own subject rather than pick a choice ("đăng ký vneid ở đâu" finds VNeID's item at 0.72, "có chỗ nào dạy
    // cho bà không" nothing above 0.2).
    private const double OwnSubjectConfidence = 0.5;

    // How likely the best candidate must be, when it is one of the last answer's follow-ups, to answer a message nothing
    // answers confidently: on the repository's sets 0.5 answered three follow-ups rightly and none wrongly (a fine for a
    // late birth registration, which no item states, is kept out by the figure asked).
    private const double FollowUpItemConfidence = 0.5;

    // How many other items an answer that is not certain offers beside it.
    private const int AlsoAskedCount = 2;

    // How many related items a follow-up is weighed against; how well the best must fit what it asks; how far ahead.
    private const int FollowUpDepth = 10;
    private const double FollowUpFit = 0.25, FollowUpLead = 1.5;

    // How much of a short message that is no follow-up by its words an item linked to the last answer must say to answer it.
    private const double LinkedFit = 0.25;

    // How much of the last question's subject an item not linked to the last answer must say to answer a follow-up:
    // more than its answer alone can (FaqIndex counts a word said only in an answer at 0.6).
    private const double FollowUpSubjectShare = 0.7;

    // How much of a follow-up's own words a passage of the last answer's document must say to be quoted for it.
    private const double DocumentFollowUpShare = 0.66, DocumentFollowUpFit = 0.3;

    /// <summary>Shows the passage with <paramref name="passageId"/> (a pressed "Đoạn tiếp theo").</summary>
    public void AnswerPassage(TurnContext turn, string passageId)
    {
        if (catalog.Passages.Find(passageId) is not { } passage)
        {
            turn.Trace.Intent = "document_gone";
            turn.Send(menu.With(RootTexts.ItemGone));
            return;
        }

        ShowPassage(turn, passage);
    }

    /// <summary>Sends a passage as a labelled excerpt with "Đoạn tiếp theo", "Gặp cán bộ" and "Menu chính".</summary>
    private void ShowPassage(TurnContext turn, Passage passage)
    {
        turn.Trace.Intent = "document";
        turn.Trace.ContentId = null;
        RememberDocument(turn, passage.DocumentNumber);
        var next = catalog.Passages.Next(passage);
        turn.Send(new OutboundActivity
        {
            Text = Excerpt(turn, passage),
            QuickReplies =
            [
                .. next is null ? [] : new[] { new QuickReply("Đoạn tiếp theo", Payloads.Passage(next.Id)) },
                new QuickReply("Gặp cán bộ", Payloads.Handoff),
                new QuickReply("Menu chính", Payloads.Menu),
            ],
        });
    }

    /// <summary>The labelled excerpt of <paramref name="passage"/>, traced as the turn's passage.</summary>
    private string Excerpt(TurnContext turn, Passage passage)
    {
        turn.Trace.PassageId = passage.Id;
        return PassageAnswer.Compose(passage, catalog.Content.FindDocument(passage.DocumentNumber));
    }

    /// <summary>Shows the full sources of the item with <paramref name="itemId"/> (a pressed "Xem nguồn").</summary>
    public void ShowSources(TurnContext turn, string itemId)
    {
        turn.Trace.Intent = "sources";
        if (catalog.Content.FindItem(itemId) is not { } item || AnswerReplies.Sources(item, catalog.Content) is not { } sources)
        {
            turn.Send(menu.With(RootTexts.ItemGone));
            return;
        }

        turn.Trace.ContentId = null;
        turn.Send(new OutboundActivity
        {
            Text = $"Nguồn của câu trả lời “{item.Question}”:\n\n{sources}",
            QuickReplies = [new QuickReply("Menu chính", Payloads.Menu)],
        });
    }

    /// <summary>Answers the item with <paramref name="itemId"/> (a pressed suggestion or follow-up).</summary>
    public async Task AnswerItemAsync(TurnContext turn, string itemId, CancellationToken cancellationToken)
    {
        var item = catalog.Content.FindItem(itemId);
        if (item is null || !item.IsAnswerableOn(VietnamTime.Today(time)))
        {
            turn.Trace.Intent = "faq_gone";
            turn.Send(menu.With(RootTexts.ItemGone));
            return;
        }

        await AnswerAsync(turn, item, "faq_item", null, cancellationToken);
    }

    /// <summary>The rephrased answer body, or null for the curated one; the trace says which and why.</summary>
    private async Task<string?> WordingAsync(TurnContext turn, FaqItem item, string? question, CancellationToken cancellationToken)
    {
        if (item.Verbatim)
        {
            (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (Rephrasing.Rephrasing.Verbatim, "the item is sent exactly as written");
            return null;
        }

        if (question is null)
        {
            (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (Rephrasing.Rephrasing.Fallback, "no question of the citizen's own (a button was pressed)");
            return null;
        }

        var result = await rephraser.RephraseAsync(new RephraseRequest(item.Id, question, item.Answer), cancellationToken);
        (turn.Trace.Rephrase, turn.Trace.RephraseReason) = (result.Status, result.Reason);
        return result.Status == Rephrasing.Rephrasing.Rephrased ? result.Text : null;
    }

    /// <summary>Records a pressed "Hữu ích" / "Chưa hữu ích" and thanks the citizen.</summary>
    public async Task RecordFeedbackAsync(TurnContext turn, string itemId, bool helpful, CancellationToken cancellationToken)
    {
        turn.Trace.Intent = "feedback";
        if (catalog.Content.FindItem(itemId) is null)
        {
            turn.Send(menu.With(RootTexts.Menu));
            return;
        }

        (turn.Trace.ContentId, turn.Trace.Helpful) = (itemId, helpful);
        var activity = turn.Activity;
        await log.RecordFeedbackAsync(new ItemFeedback(itemId, helpful, activity.Channel, activity.ConversationId, activity.UserId), cancellationToken);
        turn.Send(menu.With(helpful ? RootTexts.ThanksForFeedback : RootTexts.SorryForAnswer));
    }

    /// <summary>Lists the questions of the topic <paramref name="topicId"/>.</summary>
    public void ListTopic(TurnContext turn, string topicId)
    {
        var content = catalog.Content;
        var topic = content.FindTopic(topicId);
        turn.Trace.Intent = "topic";
        if (topic is null)
        {
            turn.Send(menu.With(RootTexts.Menu));
            return;
        }

        var items = AnswerableItems()
            .Where(i => i.Topic == topic.Id)
            .OrderBy(i => i.Locality == Localities.National ? 0 : 1)
            .Take(10)
            .ToList();
        if (items.Count == 0)
        {
            turn.Send(menu.With(RootTexts.TopicEmpty));
            return;
        }

        turn.Send(new OutboundActivity
        {
            Text = topic.Intro,
            QuickReplies = ChoicesOf(items),
        });
    }

    private async Task AnswerAsync(TurnContext turn, FaqItem item, string intent, string? question, CancellationToken cancellationToken,
        IReadOnlyList<FaqItem>? alsoAsked = null, Passage? excerpt = null, string? understood = null)
    {
        // What was told before is dealt with once an item is answered, by a question or a button.
        turn.Conversation.Told = null;
        var content = catalog.Content;
        if (question is not null && item.Series is not null)
        {
            // A yearly item answers for the year asked ("năm nay" is this year), or says plainly that there is none yet.
            // "Còn năm trước thì sao?" after 2025's theme asks the year before the one just asked (this one, when it named none),
            // in a conversation about the same series.
            var today = VietnamTime.Today(time);
            var talkedAbout = LastAnswered(turn) is { } lastItem && lastItem.Series == item.Series && LastQuestion(turn) is { } lastQuestion
                ? YearAsked.In(lastQuestion, catalog.Analyzer, today.Year)
                : null;
            var pick = SeriesAnswer.For(item, question, catalog.Analyzer, content, today, talkedAbout);
            if (pick.Choices.Count > 0)
            {
                (turn.Trace.Intent, turn.Trace.Band, turn.Trace.ContentId) = ("faq_suggest", "suggested", null);
                turn.Send(new OutboundActivity
                {
                    Text = pick.Notice,
                    QuickReplies = ChoicesOf(pick.Choices),
                });
                await FileAsync(turn, question, "suggested", pick.Choices[0].Id, cancellationToken);
                return;
            }

            item = pick.Item;
            if (pick.Notice is { } notice)
            {
                turn.SendText(notice);
            }
        }

        turn.Trace.Intent = intent;
        turn.Trace.ContentId = item.Id;
        turn.Conversation.Remember(new AnswerContext(item.Id, time.GetUtcNow()) { Question = understood });
        turn.Send(AnswerReplies.Answer(item, content, await WordingAsync(turn, item, question, cancellationToken)));
        if (excerpt is not null)
        {
            // The detail asked, in the document's own words, after the item that summarizes it.
            turn.SendText(Excerpt(turn, excerpt));
        }

        // A step-by-step guide for what was asked; the item's own follow-ups, then what else the question may have meant
        // when the answer was not certain.
        var guide = GuideMatcher.Match(content, catalog.Analyzer, question ?? item.Question);
        turn.Send(AnswerReplies.Feedback(item, content, alsoAsked, guide));
    }
}

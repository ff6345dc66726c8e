using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Documents;

/// <summary>
/// Whether a passage of a document answers a question, shared by the bot and the staff try-it panel: quoted instead
/// of any item (<see cref="Beside"/> false, intent "document") or after the item answered (true).
/// </summary>
/// <param name="Found">The passage and how well it fits the question.</param>
/// <param name="Beside">Whether it follows the answered item's answer rather than replacing it.</param>
public sealed record PassageDecision(PassageCandidate Found, bool Beside)
{
    /// <summary>
    /// The passage to quote for <paramref name="question"/>, if any. Instead of any item: when no item answers, a
    /// passage that fits well when no item is close enough to offer either, or fairly well when the question names its
    /// province or document, or one that says clearly more of a whole question than any item offered, or phrases of the
    /// question the store rarely says and no item offered says; where an item would be answered, one that says the
    /// detail asked of the document the question names by number and the item does not, or one that fits the question
    /// better than the item does and whose own words say clearly more of what is asked than the item's answer, or one
    /// that fits about as well and says such rare phrases the item does not. Beside the item answered: a
    /// passage of the document the question names or the item cites that fits fairly well and holds words of the
    /// question the item's answer does not.
    /// </summary>
    public static PassageDecision? For(PassageIndex passages, FaqIndex items, TextAnalyzer analyzer, ContentSet content, string question, AnswerDecision decision, RetrievalOptions options, ContentScope? scope = null)
    {
        // A short keyword question ("đăng ký tài khoản") fits many a passage heading; an excerpt needs more to go on.
        var found = passages.Search(question, 1, scope);
        var tokens = analyzer.Analyze(question);
        var asked = WordCoverage.Asked(tokens);
        if (found.Count == 0 || asked.Count < PassageQuestionWords)
        {
            return null;
        }

        var (best, passage) = (found[0], found[0].Passage);
        var named = NamesDocumentOf(analyzer, content, tokens, passage);

        // A question about a place the deployment does not serve is not answered with another place's plan.
        if (OfOtherPlace(analyzer, content, tokens, passage))
        {
            return null;
        }

        // "Ai ký …?" of a document the question names: that document's signature, whatever else the passages match.
        if (named && AsksSigner(tokens)
            && passages.SignatureOf(passage.DocumentNumber) is { } signature)
        {
            return new PassageDecision(new PassageCandidate(signature, best.Fit, best.Rank), Beside: decision.Answer is not null);
        }

        // A question asking an amount, a share or a length of time is not answered by a passage stating none.
        if (!AskedFigure.IsStatedIn(AskedFigure.Of(tokens, question), passage.Text))
        {
            return null;
        }

        var document = content.FindDocument(passage.DocumentNumber);
        var passageTokens = Analyze(analyzer, passage);
        var passageWords = WordCoverage.Said(passageTokens);
        var passageSays = WordCoverage.Of(asked, passageWords);
        if (decision.Answer is not { } answer)
        {
            // Items close enough to offer beat an excerpt of a plan the question does not name ("thanh toán QR có an
            // toàn không" is a citizen's question, not one about what a plan says to teach), unless the excerpt says
            // clearly more of what is asked than any of their answers; never items that fit the question well
            // ("làm khai sinh online cho bé được không": the registration items, not a plan listing the service).
            var quoted = named ? best.Fit >= options.PassageNamedThreshold
                : best.Fit >= options.PassageThreshold && decision.Offered.Count == 0
                || (decision.Offered.Max(c => (double?)c.Fit) is not >= OfferedFitWell && SaysMoreThanOffered(analyzer, asked, best, passageSays, decision.Offered));
            // "Các doanh nghiệp viễn thông tham gia … thế nào": the passage under "Đề nghị các doanh nghiệp viễn thông"
            // says the phrase asked about, which no item offered says.
            quoted = quoted || (best.Fit >= NewPhrasesFit && SaysNewPhrases(items, analyzer, tokens, passageTokens, decision.Offered.Select(c => c.Item)));
            return quoted ? new PassageDecision(best, Beside: false) : null;
        }

        var answerWords = WordCoverage.Said(analyzer, answer.Item.Answer);
        var itemSays = WordCoverage.Of(asked, answerWords);

        // A question naming the passage's document (by its number, or the resolution it carries out) asks about a detail
        // of it when it has words beyond the document's name: the excerpt that says that detail beats an item (the
        // document's summary) that neither asks nor says it.
        if (document is not null && passages.IsNamed(passage.DocumentNumber, [.. DocumentReferences.Terms([.. tokens.Select(t => t.Folded)])]))
        {
            var detail = asked
                .Except(WordCoverage.Said(analyzer, $"{document.Citation} {document.Title}"))
                .Except(DocumentReferences.Words([.. tokens.Select(t => t.Folded)]))
                .ToHashSet(StringComparer.Ordinal);
            var (passageDetail, itemDetail) = (WordCoverage.Of(detail, passageWords), WordCoverage.Of(detail, WordCoverage.Said(analyzer, answer.Item)));
            if (detail.Count > 0 && best.Fit >= DetailFit && passageDetail >= DetailShare && passageDetail >= itemDetail + DetailLead)
            {
                return new PassageDecision(best, Beside: false);
            }
        }

        // "Lồng ghép phong trào Bình dân học vụ số vào đâu?" fits the item about the movement as well as the passage that
        // says where it is "lồng ghép": the phrase asked about that the item never says decides.
        if (best.Fit >= NewPhrasesFit && best.Fit >= answer.Fit - NewPhrasesFitGap && passageSays > itemSays
            && SaysNewPhrases(items, analyzer, tokens, passageTokens, [answer.Item]))
        {
            return new PassageDecision(best, Beside: false);
        }

        // Over an item the question fits better than the passage (its own question, word for word, that a plan only lists
        // among others), the passage never wins. A question naming the passage's own province or document asks about
        // that document: a smaller lead will do.
        if ((best.Fit >= options.PassageOverItemThreshold && best.Fit > answer.Fit && passageSays >= itemSays + PassageLead)
            || (named && best.Fit >= options.PassageNamedThreshold && answer.Fit < OwnQuestionFit && passageSays >= itemSays + NamedPassageLead))
        {
            return new PassageDecision(best, Beside: false);
        }

        // Beside an item, only a passage of the document the question names or the item cites: the detail of what the
        // item summarizes. One word the item's answer lacks is enough when the question names the document or province.
        var cited = answer.Item.Sources.Contains(passage.DocumentNumber, StringComparer.OrdinalIgnoreCase);
        if (!named && !cited)
        {
            return null;
        }

        var (besideFit, newWords) = named ? (options.PassageNamedThreshold, 1) : (options.PassageBesideThreshold, PassageNewWords);
        return best.Fit >= besideFit && WordCoverage.Missing(asked, answerWords, passageWords) >= newWords
            ? new PassageDecision(best, Beside: true)
            : null;
    }

    /// <summary>What a passage says, analyzed: its heading path and its text.</summary>
    public static IReadOnlyList<Token> Analyze(TextAnalyzer analyzer, Passage passage) => analyzer.Analyze($"{passage.HeadingPath} {passage.Text}");

    /// <summary>
    /// Whether a passage answers a whole question (<see cref="FullQuestionWords"/> content words or more) that only close
    /// items were found for: it fits fairly well, holds most of the question's words itself, and more of them than any
    /// offered item asks or says. A short keyword question ("thủ tục dịch vụ công") stays with the items to choose from.
    /// </summary>
    private static bool SaysMoreThanOffered(TextAnalyzer analyzer, IReadOnlySet<string> asked, PassageCandidate best, double passageSays, IReadOnlyList<Candidate> offered) =>
        asked.Count >= FullQuestionWords && best.Fit >= OverOfferedFit && passageSays >= OverOfferedShare
        && passageSays >= offered.Select(c => WordCoverage.Of(asked, WordCoverage.Said(analyzer, c.Item))).DefaultIfEmpty(0).Max() + OverOfferedLead;

    /// <summary>
    /// Whether the passage says phrases of the question that the store rarely says and none of <paramref name="found"/>
    /// says in its question, a variant, its answer or its tags: at least <see cref="NewPhrases"/> pairs of neighbouring words
    /// (<see cref="WordPairs"/>), each used by at most <see cref="RarePhraseShare"/> of the items. "Doanh nghiệp viễn
    /// thông", "lồng ghép" are what the passage is about and the items are not; "thủ tục", "mạng xã hội" are said by many
    /// items, and an item that does not say them may still be the one asked for.
    /// </summary>
    private static bool SaysNewPhrases(FaqIndex items, TextAnalyzer analyzer, IReadOnlyList<Token> question, IReadOnlyList<Token> passage, IEnumerable<FaqItem> found)
    {
        var phrases = WordPairs.Of(question).Where(p => items.ItemShare(p) <= RarePhraseShare).ToHashSet(StringComparer.Ordinal);
        phrases.IntersectWith(WordPairs.Of(passage));
        foreach (var item in found)
        {
            foreach (var text in item.Variants.Prepend(item.Question).Append(item.Answer).Append(string.Join(' ', item.Tags)))
            {
                phrases.ExceptWith(WordPairs.Of(analyzer.Analyze(text)));
            }
        }

        return phrases.Count >= NewPhrases;
    }

    /// <summary>Whether the question asks who signed ("ai ký", "người ký"), with or without diacritics.</summary>
    public static bool AsksSigner(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (who, signed) = (tokens[i - 1], tokens[i]);
            if (who.Folded is "ai" or "nguoi" && signed.Folded == "ky" && (!signed.HasMarks || signed.Spelled == "ký"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the analyzed <paramref name="question"/> names only places the deployment does not serve, and <paramref name="passage"/> is of a place's document.</summary>
    private static bool OfOtherPlace(TextAnalyzer analyzer, ContentSet content, IReadOnlyList<Token> question, Passage passage) =>
        analyzer.NotServed([.. question.Select(t => t.Folded)]).Count > 0
        && content.FindDocument(passage.DocumentNumber) is { } document && document.Locality != Localities.National;

    /// <summary>Whether the analyzed <paramref name="question"/> names the province or the number of the document <paramref name="passage"/> belongs to.</summary>
    private static bool NamesDocumentOf(TextAnalyzer analyzer, ContentSet content, IReadOnlyList<Token> question, Passage passage)
    {
        if (content.FindDocument(passage.DocumentNumber) is not { } document)
        {
            return false;
        }

        IReadOnlyList<string> tokens = [.. question.Select(t => t.Folded)];
        return analyzer.Localities(tokens).Contains(document.Locality)
            || DocumentReferences.Terms(tokens).Intersect(DocumentReferences.TermsOfNumber(document.Number), StringComparer.Ordinal).Any();
    }

    // How much more of the question's words a passage must hold than the answer of an item that would be answered;
    // how many content words a question needs before an excerpt may answer it; how many words of the question a
    // passage must hold that the answered item's answer does not, to be quoted beside it.
    private const double PassageLead = 0.3, NamedPassageLead = 0.15;
    private const int PassageQuestionWords = 4, PassageNewWords = 2;

    // Offered items the question fits this well are what it asks about (the birth registration items fit "làm khai sinh
    // online cho bé được không" about 0.7; the items offered for a plan's phrase about a third).
    private const double OfferedFitWell = 0.6;

    // An item the question fits this well is asked its own question, word for word: a plan naming its province does not
    // beat it ("Lào Cai ưu tiên cds mấy lĩnh vực nào" is Lào Cai's item on its priority fields).
    private const double OwnQuestionFit = 0.99;

    // A question naming a document by number asks a detail of it: the passage must fit at least DetailFit, hold at
    // least DetailShare of the question's words beyond the document's name, and DetailLead more than the item does.
    private const double DetailFit = 0.3, DetailShare = 0.5, DetailLead = 0.3;

    // A whole question, no item answered: a passage quoted over the items offered (see SaysMoreThanOffered).
    private const int FullQuestionWords = 7;
    private const double OverOfferedFit = 0.4, OverOfferedShare = 0.75, OverOfferedLead = 0.1;

    // A passage saying phrases of the question that no item found says (see SaysNewPhrases): it fits at least
    // NewPhrasesFit, and over an item that would be answered, no more than NewPhrasesFitGap less than the item.
    private const int NewPhrases = 2;
    private const double RarePhraseShare = 0.01, NewPhrasesFit = 0.3, NewPhrasesFitGap = 0.05;
}

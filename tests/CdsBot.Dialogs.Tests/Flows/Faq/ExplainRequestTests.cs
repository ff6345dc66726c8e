using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A message asking for the last answer to be explained or said again, typed with or without marks and in shorthand,
/// and what is not such a request: a question of its own subject, an acknowledgement.
/// </summary>
public sealed class ExplainRequestTests
{
    private static readonly TextAnalyzer Analyzer = ShippedContent.Catalog().Analyzer;

    [Theory]
    [InlineData("là sao, nói dễ hiểu giùm cô")]
    [InlineData("la sao")]
    [InlineData("vậy là sao ạ")]
    [InlineData("nghĩa là gì")]
    [InlineData("y la sao ad")]
    [InlineData("noi de hieu hon dc ko")]
    [InlineData("giải thích lại giúp em với")]
    [InlineData("em chưa hiểu")]
    [InlineData("ko hieu gi het")]
    [InlineData("nói rõ hơn được không")]
    [InlineData("noi cu the hon di")]
    [InlineData("nhắc lại giùm bác")]
    [InlineData("cái đó là sao")]
    [InlineData("con chưa hiểu")]
    [InlineData("chưa hiểu lắm ạ")]
    [InlineData("ý bạn là gì")]
    [InlineData("có thể giải thích lại không")]
    [InlineData("có thể nói rõ hơn không")]
    public void A_request_to_explain_the_last_answer_is_read(string message) =>
        Assert.True(ExplainRequest.Asks(Analyzer, message));

    [Theory]
    [InlineData("chữ ký số là sao")] // a subject of its own
    [InlineData("mất tiền là sao")]
    [InlineData("em hiểu rồi")] // an acknowledgement
    [InlineData("ok cảm ơn")]
    [InlineData("không hiểu sao tài khoản bị khóa")]
    [InlineData("làm sao")] // how, not what it means
    [InlineData("làm ở đâu")]
    [InlineData("nói tiếng dân tộc được không")]
    [InlineData("vay là gì")] // a loan, not "vậy"
    [InlineData("cho vay là gì")]
    [InlineData("lãi là sao")] // interest, not "lại"
    [InlineData("thẻ là gì")]
    [InlineData("thẻ đó là sao")]
    [InlineData("không được là sao")] // something does not work
    public void A_question_or_an_acknowledgement_is_no_request_to_explain(string message) =>
        Assert.False(ExplainRequest.Asks(Analyzer, message));
}

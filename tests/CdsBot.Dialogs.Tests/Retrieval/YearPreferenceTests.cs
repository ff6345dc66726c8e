using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Retrieval;

/// <summary>
/// On the shipped content, a year a question names sets back the items whose own phrasings name only other years:
/// Resolution 57's targets for 2030 have the variant "kinh tế số chiếm bao nhiêu phần trăm GDP", its vision for 2045
/// does not.
/// </summary>
public sealed class YearPreferenceTests
{
    private static readonly CdsBot.Dialogs.Retrieval.FaqIndex Index = ShippedContent.Catalog().Index;

    [Theory]
    [InlineData("đến năm 2045 kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-tam-nhin-2045")]
    [InlineData("den nam 2045 kinh te so chiem bao nhieu phan tram gdp", "nq57-tam-nhin-2045")]
    [InlineData("năm 2030 kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-muc-tieu-2030")]
    [InlineData("kinh tế số chiếm bao nhiêu phần trăm GDP", "nq57-muc-tieu-2030")]
    public void A_question_naming_a_year_prefers_the_items_naming_it(string question, string expected) =>
        Assert.Equal(expected, Index.Search(question)[0].Item.Id);
}

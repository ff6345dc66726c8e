using CdsBot.Dialogs.Documents;

namespace CdsBot.Dialogs.Tests.Documents;

public sealed class DocumentSlugTests
{
    [Theory]
    [InlineData("63-KH/BTGTU", "63-kh-btgtu")]
    [InlineData("1850-CV/TĐTN-TCKT", "1850-cv-tdtn-tckt")]
    [InlineData("96 /KH-UBND", "96-kh-ubnd")]
    [InlineData("Tân Ninh – tuyên truyền NQ 57", "tan-ninh-tuyen-truyen-nq-57")]
    [InlineData("––", "document")]
    public void A_slug_is_the_folded_number_in_letters_digits_and_single_hyphens(string number, string slug) =>
        Assert.Equal(slug, DocumentSlug.Of(number));
}

using System.Text;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Documents;

/// <summary>
/// A document number as a name for files and ids: folded, lower case, letters and digits with single hyphens
/// ("63-KH/BTGTU" → "63-kh-btgtu", "Tân Ninh – tuyên truyền NQ 57" → "tan-ninh-tuyen-truyen-nq-57").
/// </summary>
public static class DocumentSlug
{
    /// <summary>The slug of <paramref name="documentNumber"/>; "document" when it has no letter or digit.</summary>
    public static string Of(string documentNumber)
    {
        var slug = new StringBuilder(documentNumber.Length);
        foreach (var c in VietnameseText.Fold(documentNumber))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length > 0 ? result : "document";
    }
}

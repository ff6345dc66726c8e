using System.Globalization;
using System.Text;

namespace CdsBot.Dialogs.Content;

/// <summary>
/// The provinces and centrally run cities of Viet Nam, as citizens name them: the 63 of before 1 July 2025 (their names
/// are still what most people write) and the 34 since, which kept names of those. A question naming one the deployment
/// does not serve asks about a place with no content of its own (<see cref="Localities.IsElsewhere"/>): no other place's
/// item is its answer, and its name is not read as the words it folds to ("nam định" is not "năm định"). A name is known
/// where it opens the message or follows a word that introduces a place (<see cref="Retrieval.TextAnalyzer.Localities"/>).
/// </summary>
public static class ProvincesOfVietnam
{
    /// <summary>Every province: its id (<see cref="Localities.Elsewhere"/> of its name's slug), its name, and the ways it is written.</summary>
    public static IReadOnlyList<Province> All { get; } = [.. Names().Select(p => new Province(Localities.Elsewhere(Slug(p.Name)), p.Name, p.Forms))];

    /// <summary>"Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau".</summary>
    private static string Slug(string name)
    {
        var letters = name.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join('-', new string([.. letters]).Split(' ', '-').Where(w => w.Length > 0));
    }

    private static IEnumerable<(string Name, string[] Forms)> Names()
    {
        string[] provinces =
        [
            "An Giang", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước",
            "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Nông", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
            "Hà Nam", "Hà Tĩnh", "Hậu Giang", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
            "Lạng Sơn", "Lào Cai", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Nam Định", "Phú Thọ", "Phú Yên", "Quảng Bình",
            "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
            "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
        ];
        foreach (var name in provinces)
        {
            yield return (name, [name, $"tỉnh {name}"]);
        }

        // Alone, these are everyday phrases too, once folded ("hòa bình" is peace, "diễn biến" how things go, "làm đồng"
        // farm work, "hai phòng" two rooms, "Hồ Chí Minh" the President): known only after "tỉnh" or "thành phố".
        foreach (var name in new[] { "Hòa Bình", "Long An", "Hải Dương", "Điện Biên", "Lâm Đồng" })
        {
            yield return (name, [$"tỉnh {name}"]);
        }

        yield return ("Hải Phòng", ["thành phố Hải Phòng", "tp Hải Phòng"]);
        yield return ("Thành phố Hồ Chí Minh", ["thành phố Hồ Chí Minh", "tp Hồ Chí Minh", "tp hcm", "tphcm", "hcm", "Sài Gòn"]);
        yield return ("Hà Nội", ["Hà Nội", "thành phố Hà Nội", "thủ đô Hà Nội", "tp Hà Nội"]);
        yield return ("Đà Nẵng", ["Đà Nẵng", "thành phố Đà Nẵng", "tp Đà Nẵng"]);
        yield return ("Cần Thơ", ["Cần Thơ", "thành phố Cần Thơ", "tp Cần Thơ"]);
        yield return ("Huế", ["Huế", "Thừa Thiên Huế", "tỉnh Thừa Thiên Huế", "thành phố Huế", "tp Huế"]);
        yield return ("Bà Rịa - Vũng Tàu", ["Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu"]);
        yield return ("Đắk Lắk", ["Đắk Lắk", "Đắc Lắc", "Daklak", "tỉnh Đắk Lắk"]);
    }
}

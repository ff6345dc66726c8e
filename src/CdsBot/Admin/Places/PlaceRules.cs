using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Places;

/// <summary>
/// What a list of places must be before it is stored: ids unique and slug-like (they are kept in items, documents and
/// subscriptions), names written in Vietnamese letters, and no alias that is another place's name (a citizen typing it
/// could not be told which place is meant).
/// </summary>
public static partial class PlaceRules
{
    public const int MaxIdLength = 60;
    public const int MaxNameLength = 100;

    /// <summary>Stored as the content files are read: NFC, trimmed, inner spaces collapsed.</summary>
    public static string Clean(string? text) => Spaces().Replace((text ?? "").Normalize(NormalizationForm.FormC).Trim(), " ");

    /// <summary>Every problem of <paramref name="places"/>, in list order.</summary>
    public static List<PlaceProblem> Check(IReadOnlyList<PlaceEntry> places)
    {
        var problems = new List<PlaceProblem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Id, int Line)>(StringComparer.Ordinal);
        foreach (var (place, line) in places)
        {
            if (place.Id.Length == 0)
            {
                problems.Add(new(line, place.Id, "id", "Thiếu mã địa phương (id), ví dụ tan-ninh."));
            }
            else if (!Slug().IsMatch(place.Id) || place.Id.Length > MaxIdLength)
            {
                problems.Add(new(line, place.Id, "id", $"Mã “{place.Id}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, tối đa {MaxIdLength} ký tự (ví dụ tan-ninh)."));
            }
            else if (place.Id == Localities.National)
            {
                problems.Add(new(line, place.Id, "id", $"Mã “{Localities.National}” đã dành cho nội dung toàn quốc; Anh/Chị chọn mã khác."));
            }
            else if (!ids.TryAdd(place.Id, line))
            {
                problems.Add(new(line, place.Id, "id", $"Mã “{place.Id}” bị trùng{At(ids[place.Id])}; mỗi địa phương một mã riêng."));
            }

            problems.AddRange(Words(place.Id, place.Name, line, "name", "Tên", required: true));
            foreach (var alias in place.Aliases)
            {
                problems.AddRange(Words(place.Id, alias, line, "aliases", $"Tên gọi khác “{alias}”", required: true));
            }

            if (place.Name.Length > 0 && !names.TryAdd(Key(place.Name), (place.Id, line)))
            {
                problems.Add(new(line, place.Id, "name", $"Tên “{place.Name}” trùng với địa phương “{names[Key(place.Name)].Id}”{At(names[Key(place.Name)].Line)}; người dân sẽ không phân biệt được."));
            }
        }

        foreach (var (place, line) in places)
        {
            foreach (var alias in place.Aliases.Where(a => names.TryGetValue(Key(a), out var owner) && owner.Id != place.Id))
            {
                problems.Add(new(line, place.Id, "aliases", $"Tên gọi khác “{alias}” của “{place.Name}” là tên của địa phương “{names[Key(alias)].Id}”; người dân gõ tên đó sẽ không biết là nơi nào. Anh/Chị bỏ tên gọi khác này."));
            }
        }

        return problems;
    }

    private static string At(int line) => line > 0 ? $" (đã có ở dòng {line})" : "";

    /// <summary>Names compare as citizens read them: same letters and tone marks, any letter case.</summary>
    private static string Key(string name) => Clean(name).ToLower(CultureInfo.InvariantCulture);

    private static IEnumerable<PlaceProblem> Words(string id, string text, int line, string field, string what, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                yield return new(line, id, field, field == "name" ? "Thiếu tên địa phương (name), ví dụ Tân Ninh." : "Có một tên gọi khác để trống; Anh/Chị xóa dòng trống đó.");
            }

            yield break;
        }

        if (text.Length > MaxNameLength)
        {
            yield return new(line, id, field, $"{what} dài quá {MaxNameLength} ký tự.");
        }

        var foreign = text.Where(c => !IsAllowed(c)).Distinct().ToList();
        if (foreign.Count > 0 || !text.Any(char.IsLetter))
        {
            var shown = string.Join(" ", foreign.Select(c => $"“{c}”"));
            yield return new(line, id, field, foreign.Count > 0
                ? $"{what} có ký tự không phải chữ tiếng Việt: {shown}. Nếu tệp bị lỗi phông chữ, Anh/Chị lưu lại tệp dạng UTF-8 rồi nhập lại."
                : $"{what} phải có chữ, ví dụ “Phường 5”.");
        }
    }

    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '-' or '\'' or '.' or ',' or '(' or ')'
        || VietnameseLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private const string VietnameseLetters = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

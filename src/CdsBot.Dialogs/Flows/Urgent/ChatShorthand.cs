using System.Text.RegularExpressions;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>
/// A message as folded tokens in the words <see cref="ScamLexicon"/> is written in: chat shorthand spelled out
/// ("ck" → "chuyen khoan", "mk" → "mat khau", "ko" → "khong"), and numbers reduced to "&lt;so&gt;", or "&lt;tien&gt;"
/// for an amount ("5tr", "500k"). Kept here rather than in content/synonyms.yaml so the safety check does not
/// change when content is edited.
/// </summary>
internal static partial class ChatShorthand
{
    /// <summary>
    /// Folded, "bảo" (tell to) and "báo" (notify) are one word, as are "đòi" (demand) and "đổi" (change), "đã" and
    /// "dạ"; written with accents they are told apart here, by a spelling the lexicon cannot mistake.
    /// </summary>
    private static readonly Dictionary<string, string> Homographs = new(StringComparer.Ordinal)
    {
        ["báo"] = "thông báo",
        ["đòi"] = "đòi hỏi",
        ["dạ"] = "vâng",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ck"] = "chuyen khoan",
        ["ckhoan"] = "chuyen khoan",
        ["mk"] = "mat khau",
        ["pass"] = "mat khau",
        ["pw"] = "mat khau",
        ["password"] = "mat khau",
        ["stk"] = "so tai khoan",
        ["tk"] = "tai khoan",
        ["nh"] = "ngan hang",
        ["bank"] = "ngan hang",
        ["nv"] = "nhan vien",
        ["ng"] = "nguoi",
        ["sdt"] = "so dien thoai",
        ["dt"] = "dien thoai",
        ["ko"] = "khong",
        ["k"] = "khong",
        ["kg"] = "khong",
        ["khg"] = "khong",
        ["hok"] = "khong",
        ["khum"] = "khong",
        ["dc"] = "duoc",
        ["r"] = "roi",
        ["e"] = "em",
        ["t"] = "toi",
        ["tr"] = "trieu",
        ["j"] = "gi",
        ["ntn"] = "nhu the nao",
    };

    /// <summary>The tokens of <paramref name="text"/> with shorthand spelled out and numbers reduced.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var spelled = Word().Replace(VietnameseText.Normalize(text), m => Homographs.GetValueOrDefault(m.Value, m.Value));
        var tokens = new List<string>();
        foreach (var token in VietnameseTokenizer.Tokens(spelled))
        {
            if (char.IsDigit(token[0]))
            {
                tokens.Add(Amount().IsMatch(token) ? "<tien>" : "<so>");
            }
            else if (Words.TryGetValue(token, out var words))
            {
                tokens.AddRange(words.Split(' '));
            }
            else
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // "5tr", "500k", "2ty", "50000đ" (folded "50000d")
    [GeneratedRegex(@"^\d+(?:k|tr|trieu|ty|d|vnd|dong)$")]
    private static partial Regex Amount();
}

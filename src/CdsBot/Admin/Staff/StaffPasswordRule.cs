using System.Reflection;

namespace CdsBot.Admin.Staff;

/// <summary>
/// What a staff password must be: at least <see cref="MinimumLength"/> characters, more than a few distinct ones, and
/// not on the list of common passwords shipped with the bot (common-passwords.txt beside this file).
/// </summary>
public static class StaffPasswordRule
{
    public const int MinimumLength = 10;

    private const int MinimumDistinctCharacters = 4;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Why <paramref name="password"/> is refused, in Vietnamese and English; null when it is acceptable.</summary>
    public static string? Problem(string password)
    {
        if (password.Length < MinimumLength)
        {
            return $"Mật khẩu phải có ít nhất {MinimumLength} ký tự. (A password needs at least {MinimumLength} characters.)";
        }

        if (password.Distinct().Count() < MinimumDistinctCharacters)
        {
            return "Mật khẩu chỉ lặp lại vài ký tự, quá dễ đoán; Anh/Chị chọn mật khẩu khác. (This password repeats too few characters; choose another.)";
        }

        return IsCommon(password)
            ? "Mật khẩu này quá phổ biến, dễ bị đoán; Anh/Chị chọn mật khẩu khác. (This password is too common and easily guessed; choose another.)"
            : null;
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CdsBot.Admin.Staff.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing: common-passwords.txt must be an EmbeddedResource of CdsBot.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line.Trim());
            }
        }

        return passwords;
    }
}

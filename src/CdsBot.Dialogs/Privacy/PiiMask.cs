using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Privacy;

/// <summary>
/// Masks personal data in free text before it is stored for statistics or shown to staff who do not need it (Decree
/// 13/2023/NĐ-CP): Vietnamese phone numbers (0912…, +84…, 84…, with dots, spaces or dashes), citizen ID numbers (CCCD,
/// 12 digits; CMND, 9 digits), e-mail addresses and bank account numbers. Each is replaced by a label saying what it
/// was, so "số của tôi là 0912 345 678" still reads as a question about a phone number.
/// </summary>
/// <remarks>
/// A run of digits is read as a whole, its single dots, spaces or dashes dropped, and classed by its length and
/// prefix. Money written with thousands dots ("10.000.000 đồng") and short numbers (years, fees, counts) are left as
/// they are, and so are dates. Erring towards masking: a long run that fits no class is masked as an account number.
/// </remarks>
public static partial class PiiMask
{
    /// <summary>What a phone number becomes.</summary>
    public const string Phone = "[số điện thoại]";

    /// <summary>What a 12-digit citizen ID (căn cước công dân) becomes.</summary>
    public const string CitizenId = "[số CCCD]";

    /// <summary>What a 9-digit identity card number (chứng minh nhân dân) becomes.</summary>
    public const string OldId = "[số CMND]";

    /// <summary>What an e-mail address becomes.</summary>
    public const string Email = "[email]";

    /// <summary>What a bank account number (or any other long run of digits) becomes.</summary>
    public const string Account = "[số tài khoản]";

    /// <summary><paramref name="text"/> with its personal data replaced by labels; null stays null.</summary>
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = EmailPattern().Replace(text, Email);
        return NumberPattern().Replace(masked, m => Classify(m.Value) ?? m.Value);
    }

    /// <summary>The label for a run of digits, or null when it is not personal data.</summary>
    private static string? Classify(string run)
    {
        var digits = string.Concat(run.Where(char.IsAsciiDigit));
        var international = run.TrimStart('(').StartsWith('+');
        if (digits.StartsWith("840", StringComparison.Ordinal) && international)
        {
            // "+84 (0) 912 …": the trunk zero written after the country code.
            digits = "84" + digits[3..];
        }

        if ((international && digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
            || (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
            || (digits.StartsWith('0') && digits.Length is 10 or 11))
        {
            return Phone;
        }

        if (MoneyPattern().IsMatch(run) || DatePattern().IsMatch(run))
        {
            return null;
        }

        return digits.Length switch
        {
            12 => CitizenId,
            9 => OldId,
            >= 8 => Account,
            _ => null,
        };
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>Digits in groups joined by one dot, space or dash, optionally led by "+84", "(+84)" or "(0)".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\(?\+[0-9]{2}\)?[ .\-\u00A0]?)?(?:\(0\)[ .\-\u00A0]?)?[0-9]+(?:[ .\-\u00A0][0-9]+)*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>An amount with thousands separators not led by a zero: "10.000.000", "1,500,000".</summary>
    [GeneratedRegex(@"^[1-9][0-9]{0,2}([.,])[0-9]{3}(?:\1[0-9]{3})*$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    /// <summary>A date: "30-11-2026", "30.11.2026", "2026-11-30".</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,2}([.\-])[0-9]{1,2}\1[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

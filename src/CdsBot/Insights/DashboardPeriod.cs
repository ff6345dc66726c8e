using System.Globalization;
using CdsBot.Dialogs.Content;

namespace CdsBot.Insights;

/// <summary>The days the dashboard covers, both included, in Vietnam time.</summary>
public sealed record DashboardPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public string FromDay => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToDay => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first instant of the period, UTC.</summary>
    public DateTimeOffset Start => new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();

    /// <summary>The first instant after the period, UTC.</summary>
    public DateTimeOffset End => new DateTimeOffset(To.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();

    public IEnumerable<string> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(i => From.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The period from the query string ("yyyy-MM-dd"; the last 30 days by default), or the error to show.</summary>
    public static (DashboardPeriod? Period, string? Error) Parse(string? from, string? to, TimeProvider time)
    {
        var today = VietnamTime.Today(time);
        if (!TryDate(to, today, out var end) || !TryDate(from, end.AddDays(-29), out var start))
        {
            return (null, "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-06-15.");
        }

        if (end < start)
        {
            return (null, "Ngày kết thúc phải sau ngày bắt đầu.");
        }

        return end.DayNumber - start.DayNumber >= MaxDays
            ? (null, $"Mỗi lần xem tối đa {MaxDays} ngày.")
            : (new DashboardPeriod(start, end), null);
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}

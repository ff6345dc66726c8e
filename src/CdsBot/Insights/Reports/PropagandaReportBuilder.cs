using System.Globalization;
using CdsBot.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace CdsBot.Insights.Reports;

/// <summary>
/// Gathers the report from the dashboard's own figures (<see cref="DashboardQueries"/>): the report adds totals, groups
/// long periods by month and draws the charts, but counts nothing the dashboard does not.
/// </summary>
public sealed class PropagandaReportBuilder(DashboardQueries queries, IOptions<ReportOptions> options, TimeProvider time)
{
    /// <summary>A period longer than this shows its questions by month rather than by day.</summary>
    public const int MaxDaysShownByDay = 31;

    // The kinds the dashboard's "learning" table gives in its second column.
    private const string GuideKind = "Hướng dẫn hoàn thành";
    private const string LessonKind = "Bài học hoàn thành";
    private const string ContestKind = "Lượt dự thi";

    public async Task<PropagandaReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var charts = (await queries.AllAsync(period.Days, cancellationToken)).ToDictionary(t => t.Key);
        var byDay = period.Days.To.DayNumber - period.Days.From.DayNumber < MaxDaysShownByDay;
        var channels = WithTotal(Grouped(charts["daily"], byDay), "Lượt hỏi theo kênh", "Số lượt hỏi theo kênh");
        var satisfaction = WithTotal(Grouped(charts["satisfaction"], byDay, ratioOf: (1, 2)), "Hài lòng", "Mức độ hài lòng với câu trả lời", ratio: true);
        var bands = WithTotal(Table(charts["bands"], "Tỉ lệ trả lời"), "Tỉ lệ trả lời", charts["bands"].Title, percentOf: 1);
        var routes = WithTotal(Table(charts["routes"], "Cách xử lý"), "Cách xử lý", charts["routes"].Title, percentOf: 1);
        var learningRows = charts["learning"].Rows;
        var learning = WithTotal(
            new ReportTable("Hướng dẫn, bài học", "Hướng dẫn và bài học hoàn thành", ["Tên", "Loại", "Số lượt", "Số người"], [.. learningRows.Where(r => (string?)r[1] != ContestKind)]),
            "Hướng dẫn, bài học", "Hướng dẫn và bài học hoàn thành");
        var contests = WithTotal(
            new ReportTable("Cuộc thi", "Cuộc thi và người tham gia", ["Cuộc thi", "Số lượt dự thi", "Số người dự thi"], [.. learningRows.Where(r => (string?)r[1] == ContestKind).Select(r => (IReadOnlyList<object?>)[r[0], r[2], r[3]])]),
            "Cuộc thi", "Cuộc thi và người tham gia");
        var campaigns = WithTotal(Table(charts["broadcasts"], "Tin tuyên truyền"), "Tin tuyên truyền", "Tin tuyên truyền đã gửi và mức độ tiếp cận");
        var handoffs = WithTotal(Table(charts["handoffs"], "Gặp cán bộ"), "Gặp cán bộ", charts["handoffs"].Title);
        var sections = new ReportSections(
            Summary(charts),
            channels,
            bands,
            routes,
            satisfaction,
            Table(charts["items"], "Nội dung hỏi nhiều") with { Title = "Nội dung hỏi đáp được hỏi nhiều nhất" },
            Table(charts["questions"], "Câu hỏi nhiều nhất"),
            Table(charts["unanswered"], "Chưa trả lời được"),
            learning,
            contests,
            campaigns,
            handoffs);
        return new PropagandaReport(options.Value.Province, options.Value.Agency, period, VietnamTime.Today(time), sections, ReportChartDrawer.Draw(sections));
    }

    private static ReportTable Table(DashboardTable table, string sheet) => new(sheet, table.Title, table.Columns, table.Rows);

    /// <summary>The headline figures, each taken from one of the dashboard's tables.</summary>
    private static ReportTable Summary(Dictionary<string, DashboardTable> charts)
    {
        var daily = charts["daily"];
        var channelTotals = Enumerable.Range(1, daily.Columns.Count - 1).Select(c => (Name: daily.Columns[c], Count: daily.Rows.Sum(r => Number(r[c])))).ToList();
        var bands = charts["bands"].Rows.ToDictionary(r => (string)r[0]!, r => Number(r[1]));
        var searched = bands.Values.Sum();
        var answered = bands.GetValueOrDefault(DashboardLabels.Band("answered")) + bands.GetValueOrDefault(DashboardLabels.Band("document"));
        var satisfaction = charts["satisfaction"].Rows;
        var (helpful, unhelpful) = (satisfaction.Sum(r => Number(r[1])), satisfaction.Sum(r => Number(r[2])));
        var learning = charts["learning"].Rows;
        long Learning(string kind, int column) => learning.Where(r => (string?)r[1] == kind).Sum(r => Number(r[column]));
        var campaigns = charts["broadcasts"].Rows;
        long Reach(int column) => campaigns.Sum(r => Number(r[column]));
        var handoffs = charts["handoffs"].Rows;
        var requests = handoffs.Sum(r => Number(r[1]));
        List<IReadOnlyList<object?>> rows =
        [
            ["Tổng số lượt trò chuyện với trợ lý ảo", channelTotals[^1].Count],
            .. channelTotals.SkipLast(1).Select(c => (IReadOnlyList<object?>)[$"Trong đó qua {c.Name}", c.Count]),
            ["Số câu hỏi trợ lý ảo tra cứu", searched],
            ["Số câu hỏi có câu trả lời (trả lời được hoặc trích văn bản)", answered],
            ["Tỉ lệ câu hỏi có câu trả lời (%)", Percent(answered, searched)],
            ["Lượt đánh giá câu trả lời hữu ích", helpful],
            ["Lượt đánh giá câu trả lời chưa hữu ích", unhelpful],
            ["Tỉ lệ đánh giá hữu ích (%)", Percent(helpful, helpful + unhelpful)],
            ["Lượt hoàn thành hướng dẫn từng bước", Learning(GuideKind, 2)],
            ["Lượt hoàn thành bài học", Learning(LessonKind, 2)],
            ["Lượt dự thi", Learning(ContestKind, 2)],
            ["Số người dự thi (cộng theo từng cuộc thi)", Learning(ContestKind, 3)],
            ["Số chiến dịch tin tuyên truyền đã gửi", (long)campaigns.Count],
            ["Lượt tin đã gửi", Reach(1)],
            ["Lượt tin người dân đã nhận", Reach(2)],
            ["Lượt tin người dân đã đọc", Reach(3)],
            ["Lượt bấm liên kết trong tin", Reach(4)],
            ["Lượt hủy nhận tin sau khi nhận", Reach(5)],
            ["Yêu cầu gặp cán bộ", requests],
            ["Yêu cầu được cán bộ trả lời trong 15 phút", Number(handoffs[0][1])],
            ["Yêu cầu chưa được cán bộ trả lời", Number(handoffs[^1][1])],
        ];
        return new ReportTable("Chỉ số chính", "Các chỉ số chính", ["Chỉ số", "Số liệu"], rows);
    }

    /// <summary>
    /// A table of days (first column "dd/MM/yyyy") as it is, or summed by month; <paramref name="ratioOf"/> names the
    /// two columns whose ratio the last column holds, worked out again for each month.
    /// </summary>
    private static ReportTable Grouped(DashboardTable table, bool byDay, (int Part, int Other)? ratioOf = null)
    {
        if (byDay)
        {
            return new ReportTable(table.Key, table.Title, table.Columns, table.Rows);
        }

        var rows = table.Rows
            .GroupBy(r => DateOnly.ParseExact((string)r[0]!, "dd/MM/yyyy", CultureInfo.InvariantCulture) is var d ? new DateOnly(d.Year, d.Month, 1) : default)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                List<object?> row = [g.Key.ToString("MM/yyyy", CultureInfo.InvariantCulture), .. Enumerable.Range(1, table.Columns.Count - 1).Select(c => (object?)g.Sum(r => Number(r[c])))];
                if (ratioOf is var (part, other))
                {
                    row[^1] = Percent((long)row[part]!, (long)row[part]! + (long)row[other]!);
                }

                return (IReadOnlyList<object?>)row;
            })
            .ToList();
        return new ReportTable(table.Key, table.Title, ["Tháng", .. table.Columns.Skip(1)], rows);
    }

    /// <summary>
    /// The table with a last row summing each numeric column; a percentage column (<paramref name="percentOf"/> or the
    /// satisfaction <paramref name="ratio"/>) is worked out from the totals instead, or left empty.
    /// </summary>
    private static ReportTable WithTotal(ReportTable table, string sheet, string title, int? percentOf = null, bool ratio = false)
    {
        List<object?> total = [PropagandaReport.Total];
        for (var c = 1; c < table.Columns.Count; c++)
        {
            var isPercent = table.Columns[c].Contains("(%)", StringComparison.Ordinal);
            var numeric = table.Rows.All(r => r[c] is null or long or int or double);
            total.Add(isPercent || !numeric ? null : table.Rows.Sum(r => Number(r[c])));
        }

        var last = table.Columns.Count - 1;
        if (table.Columns[last].Contains("(%)", StringComparison.Ordinal))
        {
            // A share of the whole sums to 100 %; the satisfaction ratio is the ratio of the totals.
            total[last] = percentOf is { } whole
                ? ((long)total[whole]! == 0 ? 0.0 : 100.0)
                : ratio ? Percent((long)total[1]!, (long)total[1]! + (long)total[2]!) : null;
        }

        return new ReportTable(sheet, title, table.Columns, [.. table.Rows, total]);
    }

    private static long Number(object? value) => value switch
    {
        null => 0,
        long l => l,
        int i => i,
        double d => (long)d,
        _ => 0,
    };

    private static double Percent(long part, long all) => all == 0 ? 0 : Math.Round(100.0 * part / all, 1);
}

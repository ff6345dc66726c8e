using ScottPlot;

namespace CdsBot.Insights.Reports;

/// <summary>Draws the report's charts as PNG pictures with ScottPlot, from the report's own tables.</summary>
public static class ReportChartDrawer
{
    public const int Width = 1200;
    public const int Height = 600;

    // Sized for the picture printed 16 cm wide: about 10 pt on paper.
    private const float FontSize = 24;

    // Few, print-friendly colours that stay apart in greyscale too.
    private static readonly Color[] Palette = [Color.FromHex("#1F4E79"), Color.FromHex("#C55A11"), Color.FromHex("#548235"), Color.FromHex("#7F6000"), Color.FromHex("#7030A0")];

    public static ReportCharts Draw(ReportSections sections) => new(
        Channels(sections.Channels),
        Bands(sections.Bands),
        Campaigns(sections.Campaigns),
        Handoffs(sections.Handoffs));

    /// <summary>Questions by day or month, one stacked bar each, a colour per channel.</summary>
    private static ReportChart Channels(ReportTable table)
    {
        var rows = Body(table);
        var channels = Enumerable.Range(1, table.Columns.Count - 2).ToList();
        var plot = NewPlot();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            double below = 0;
            foreach (var c in channels)
            {
                var value = Number(rows[i][c]);
                bars.Add(new Bar { Position = i, ValueBase = below, Value = below + value, FillColor = Palette[(c - 1) % Palette.Length], LineWidth = 0 });
                below += value;
            }
        }

        plot.Add.Bars(bars);
        foreach (var c in channels)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = table.Columns[c], FillColor = Palette[(c - 1) % Palette.Length] });
        }

        // Label at most about 16 bars so the dates stay readable.
        var step = Math.Max(1, (int)Math.Ceiling(rows.Count / 16.0));
        var ticks = Enumerable.Range(0, rows.Count).Where(i => i % step == 0).ToList();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => Short((string)rows[i][0]!))]);
        if (rows.Count > 8)
        {
            // Slanted, hanging from their bar, with room kept under the axis so they clear the legend.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 120;
        }

        plot.YLabel("Số lượt hỏi", FontSize);
        return Render(plot, "Biểu đồ 1. Số lượt hỏi theo kênh", Max(bars));
    }

    /// <summary>How the questions were answered, one horizontal bar per band.</summary>
    private static ReportChart Bands(ReportTable table) =>
        Horizontal(Body(table).Select(r => ((string)r[0]!, Number(r[1]))).ToList(), "Biểu đồ 2. Kết quả trả lời câu hỏi", "Số câu hỏi");

    /// <summary>The reach of every campaign of the period together: sent, delivered, read, clicked, opted out.</summary>
    private static ReportChart Campaigns(ReportTable table)
    {
        var total = table.Rows[^1];
        return Horizontal([.. Enumerable.Range(1, table.Columns.Count - 1).Select(c => (table.Columns[c], Number(total[c])))], "Biểu đồ 3. Mức độ tiếp cận của tin tuyên truyền", "Lượt tin");
    }

    /// <summary>Hand-off waiting and reply times, two bars per time band.</summary>
    private static ReportChart Handoffs(ReportTable table)
    {
        var rows = Body(table);
        var plot = NewPlot();
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            bars.Add(new Bar { Position = i - 0.2, Value = Number(rows[i][1]), Size = 0.4, FillColor = Palette[0], LineWidth = 0 });
            bars.Add(new Bar { Position = i + 0.2, Value = Number(rows[i][2]), Size = 0.4, FillColor = Palette[1], LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = table.Columns[1], FillColor = Palette[0] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = table.Columns[2], FillColor = Palette[1] });
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, rows.Count).Select(i => (double)i)], [.. rows.Select(r => (string)r[0]!)]);
        plot.YLabel("Số lượt", FontSize);
        return Render(plot, "Biểu đồ 4. Gặp cán bộ: thời gian chờ và trả lời", Max(bars));
    }

    private static ReportChart Horizontal(List<(string Label, double Value)> values, string title, string axis)
    {
        var plot = NewPlot();
        var bars = values.Select((v, i) => new Bar { Position = values.Count - 1 - i, Value = v.Value, FillColor = Palette[0], LineWidth = 0, Label = v.Value.ToString("N0", Vietnamese) }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = FontSize;
        plot.Axes.Left.SetTicks([.. values.Select((_, i) => (double)(values.Count - 1 - i))], [.. values.Select(v => v.Label)]);
        plot.XLabel(axis, FontSize);
        var max = Math.Max(1, values.Count == 0 ? 0 : values.Max(v => v.Value));
        plot.Axes.SetLimitsX(0, max * 1.15);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Font.Automatic();
        return new ReportChart(title, plot.GetImageBytes(Width, Height, ImageFormat.Png), Width, Height);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.TickLabelStyle.FontSize = FontSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = FontSize;
        plot.Grid.MajorLineColor = Color.FromHex("#E0E0E0");
        return plot;
    }

    private static ReportChart Render(Plot plot, string title, double max)
    {
        plot.Axes.SetLimitsY(0, Math.Max(1, max) * 1.1);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = FontSize;
        plot.Font.Automatic();
        return new ReportChart(title, plot.GetImageBytes(Width, Height, ImageFormat.Png), Width, Height);
    }

    private static double Max(List<Bar> bars) => bars.Count == 0 ? 0 : bars.Max(b => b.Value);

    /// <summary>The table's rows without its total row.</summary>
    private static List<IReadOnlyList<object?>> Body(ReportTable table) => [.. table.Rows.Where(r => (string?)r[0] != PropagandaReport.Total)];

    /// <summary>"15/12/2025" → "15/12"; a month ("12/2025") stays as it is.</summary>
    private static string Short(string label) => label.Length == 10 ? label[..5] : label;

    private static double Number(object? value) => value is IConvertible number ? number.ToDouble(System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}

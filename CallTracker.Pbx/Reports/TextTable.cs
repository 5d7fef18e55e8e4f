using System.Text;

namespace CallTracker.Pbx.Reports;

/// <summary>A report table as aligned columns for a terminal: numbers right-aligned, text left-aligned.</summary>
public static class TextTable
{
    public static string Write(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = table.Rows.Select(r => r.Select(c => c is string s ? Plain(s) : ReportTable.Display(c)).ToList()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        var text = new StringBuilder();
        text.AppendJoin("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))).AppendLine();
        text.AppendJoin("  ", widths.Select(w => new string('-', w))).AppendLine();
        foreach (var (row, values) in cells.Zip(table.Rows))
        {
            text.AppendJoin("  ", row.Select((c, i) => values[i] is string or null ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).AppendLine();
        }

        return text.ToString();
    }

    // A terminal shows text as it is; control characters could rewrite the screen.
    private static string Plain(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}

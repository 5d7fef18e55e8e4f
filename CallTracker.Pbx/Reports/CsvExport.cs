using System.Text;

namespace CallTracker.Pbx.Reports;

/// <summary>
/// Writes a report table as CSV that Excel opens safely: text that Excel would run as a formula (starting with
/// = + - @, a tab or a carriage return) gets a leading apostrophe; fields with separators, quotes or line breaks
/// are quoted. Numbers stay numbers. UTF-8 with a byte-order mark, so Excel reads non-Latin text right.
/// </summary>
public static class CsvExport
{
    public static string Write(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder("\uFEFF");
        AppendLine(csv, table.Columns.Cast<object?>());
        foreach (var row in table.Rows)
        {
            AppendLine(csv, row);
        }

        return csv.ToString();
    }

    public static string Field(object? value) => value is string text ? Text(text) : ReportTable.Display(value);

    private static string Text(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<object?> cells)
    {
        csv.AppendJoin(',', cells.Select(Field));
        csv.Append("\r\n");
    }
}

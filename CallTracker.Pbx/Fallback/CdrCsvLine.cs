namespace CallTracker.Pbx.Fallback;

/// <summary>
/// Splits one line of cdr_csv's Master.csv into fields. cdr_csv quotes every text field and doubles a quote inside it;
/// numbers are bare. A field may hold commas inside its quotes (a caller name "Smith, John").
/// </summary>
public static class CdrCsvLine
{
    /// <returns>The fields, or null with <paramref name="error"/> saying what is wrong with the line.</returns>
    public static IReadOnlyList<string>? Split(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = $"field {fields.Count + 1} opens a quote that is never closed";
                        return null;
                    }

                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(line[i++]);
                    }
                }

                if (i < line.Length && line[i] != ',')
                {
                    error = $"field {fields.Count + 1} has text after its closing quote";
                    return null;
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                end = end < 0 ? line.Length : end;
                if (line.AsSpan(i, end - i).Contains('"'))
                {
                    error = $"field {fields.Count + 1} has a quote inside an unquoted value";
                    return null;
                }

                field.Append(line, i, end - i);
                i = end;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                error = null;
                return fields;
            }

            i++;
        }
    }
}

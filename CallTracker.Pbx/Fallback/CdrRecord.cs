using System.Globalization;

namespace CallTracker.Pbx.Fallback;

/// <summary>
/// One Master.csv line, by cdr_csv's column order: accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp,
/// lastdata, start, answer, end, duration, billsec, disposition, amaflags, then uniqueid (loguniqueid=yes) and
/// userfield (loguserfield=yes); newcdrcolumns=yes appends peeraccount, linkedid and sequence, which are not read.
/// Times are UTC, as written with usegmtime=yes.
/// </summary>
public sealed record CdrRecord
{
    /// <summary>The columns up to userfield; a line with fewer was written without loguniqueid/loguserfield.</summary>
    public const int RequiredFields = 18;

    public required string Source { get; init; }
    public required string Destination { get; init; }
    public required string CallerId { get; init; }
    public required string DestinationChannel { get; init; }
    public required DateTimeOffset Start { get; init; }
    public DateTimeOffset? Answer { get; init; }
    public required DateTimeOffset End { get; init; }
    public required int DurationSeconds { get; init; }
    public required int BillableSeconds { get; init; }

    /// <summary>ANSWERED, NO ANSWER, BUSY, FAILED or CONGESTION.</summary>
    public required string Disposition { get; init; }

    public required string UniqueId { get; init; }
    public required string UserField { get; init; }

    /// <returns>The record, or null with <paramref name="error"/> naming the column that is wrong.</returns>
    public static CdrRecord? Parse(IReadOnlyList<string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count < RequiredFields)
        {
            error = $"{fields.Count} columns, expected at least {RequiredFields} (turn on loguniqueid and loguserfield in cdr.conf [csv])";
            return null;
        }

        if (!TryTime(fields[9], out var start) || start is null)
        {
            error = $"start '{fields[9]}' is not a time like 2026-12-01 09:30:00";
            return null;
        }

        if (!TryTime(fields[10], out var answer))
        {
            error = $"answer '{fields[10]}' is not a time like 2026-12-01 09:30:00";
            return null;
        }

        if (!TryTime(fields[11], out var end) || end is null)
        {
            error = $"end '{fields[11]}' is not a time like 2026-12-01 09:30:00";
            return null;
        }

        if (!int.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var duration)
            || !int.TryParse(fields[13], NumberStyles.None, CultureInfo.InvariantCulture, out var billsec))
        {
            error = $"duration '{fields[12]}' or billsec '{fields[13]}' is not a whole number of seconds";
            return null;
        }

        if (string.IsNullOrWhiteSpace(fields[16]))
        {
            error = "uniqueid is empty";
            return null;
        }

        error = null;
        return new CdrRecord
        {
            Source = fields[1],
            Destination = fields[2],
            CallerId = fields[4],
            DestinationChannel = fields[6],
            Start = start.Value,
            Answer = answer,
            End = end.Value,
            DurationSeconds = duration,
            BillableSeconds = billsec,
            Disposition = fields[14],
            UniqueId = fields[16],
            UserField = fields[17],
        };
    }

    // cdr_csv leaves a time it does not have (no answer) empty.
    private static bool TryTime(string text, out DateTimeOffset? time)
    {
        time = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }
}

using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Reports;

/// <summary>A time zone's UTC offsets as the store counts report days by: every change from 1970 to 2100, to the minute.</summary>
public static class UtcOffsetTable
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;
    private static readonly DateTimeOffset End = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>None for a zone always at UTC, so a store counting in UTC has nothing to rebuild.</summary>
    public static IReadOnlyList<UtcOffsetChange> For(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var changes = new List<UtcOffsetChange>();
        var offset = zone.GetUtcOffset(Start);
        if (offset != TimeSpan.Zero)
        {
            changes.Add(new UtcOffsetChange(Start, offset));
        }

        for (var day = Start; day < End; day = day.AddDays(1))
        {
            var next = zone.GetUtcOffset(day.AddDays(1));
            if (next != offset)
            {
                changes.Add(new UtcOffsetChange(ChangeWithin(zone, day, offset), next));
                offset = next;
            }
        }

        return changes;
    }

    // The first minute of the day at the new offset.
    private static DateTimeOffset ChangeWithin(TimeZoneInfo zone, DateTimeOffset day, TimeSpan before)
    {
        int low = 0, high = 24 * 60;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (zone.GetUtcOffset(day.AddMinutes(middle)) == before)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return day.AddMinutes(low);
    }
}

using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>Folds a grouped report's rows (counters per line and status, tag values per line and category) into its lines, in one pass.</summary>
internal static class ReportLines
{
    public static List<ReportGroupRow> Fold(IEnumerable<ReportGroupRecord> records)
    {
        var lines = new Dictionary<string, Line>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!lines.TryGetValue(record.Key, out var line))
            {
                line = new Line();
                lines.Add(record.Key, line);
            }

            if (record.Kind == 1)
            {
                line.Tags[record.Status] = record.Value;
                continue;
            }

            line.Calls += record.Calls;
            if (record.Status is "Answered" or "HandledByFallback" or "CallbackConnected")
            {
                line.Answered += record.Calls;
            }

            line.Unique += record.UniqueCalls;
            line.Target += record.Target;
            line.Repeat += record.RepeatCalls;
            line.FirstTarget += record.FirstTarget;
            line.UniqueTarget += record.UniqueTarget;
            line.Wait += record.WaitSeconds;
            line.Talk += record.TalkSeconds;
            line.Statuses[record.Status] = record.Calls;
        }

        return lines
            .Where(l => l.Value.Calls > 0)
            .Select(l => l.Value.ToRow(l.Key))
            .OrderByDescending(r => r.Calls)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Line
    {
        public long Calls, Answered, Unique, Target, Repeat, FirstTarget, UniqueTarget, Wait, Talk;

        public Dictionary<string, long> Statuses { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Tags { get; } = new(StringComparer.Ordinal);

        public ReportGroupRow ToRow(string key) => new()
        {
            Key = key,
            Calls = Calls,
            Answered = Answered,
            NotAnswered = Calls - Answered,
            Unique = Unique,
            Target = Target,
            Repeat = Repeat,
            FirstTarget = FirstTarget,
            UniqueTarget = UniqueTarget,
            AverageWaitSeconds = Math.Round((double)Wait / Calls, 1),

            // Only answered calls have talk time, so the total over all calls is the answered calls' total.
            AverageTalkSeconds = Answered == 0 ? 0 : Math.Round((double)Talk / Answered, 1),
            TotalTalkSeconds = Talk,
            Statuses = Statuses,
            TagValues = Tags,
        };
    }
}

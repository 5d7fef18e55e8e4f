using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>The rows beside the call's own.</summary>
public sealed partial class CallJournalWriter
{
    private static CallTagRow TagRow(CallTagged tagged) => new()
    {
        CallId = tagged.CallId,
        CategoryCode = tagged.Code,
        CategoryName = tagged.Name,
        Value = tagged.Value,
        ValueDefaulted = tagged.ValueDefaulted,
        TaggedBy = tagged.By,
        TaggedAt = tagged.TaggedAt,
    };
}

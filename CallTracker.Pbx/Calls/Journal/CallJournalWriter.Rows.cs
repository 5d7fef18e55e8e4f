using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>The rows beside the call's own: its attribution and its tags.</summary>
public sealed partial class CallJournalWriter
{
    private async Task StoreAttributionAsync(CallAttributed attributed, CancellationToken cancellationToken)
    {
        try
        {
            await attribution.StoreAsync(attributed.Attribution, attributed.CallerNumber, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(logger, e, attributed.CallId, attributed.ToString());
        }
    }

    private async Task StoreTagAsync(CallTagged tagged, CancellationToken cancellationToken)
    {
        var row = new CallTagRow
        {
            CallId = tagged.CallId,
            CategoryCode = tagged.Code,
            CategoryName = tagged.Name,
            Value = tagged.Value,
            ValueDefaulted = tagged.ValueDefaulted,
            TaggedBy = tagged.By,
            TaggedAt = tagged.TaggedAt,
        };
        try
        {
            await tags.AddAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(logger, e, tagged.CallId, tagged.ToString());
        }
    }
}

using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Reports;

/// <summary>Stores a call's types when it ends, and recomputes them for the whole history after the settings change.</summary>
public sealed partial class CallTypeClassifier(ICallTypeRepository callTypes, IOptions<CallTypeOptions> options, ILogger<CallTypeClassifier> logger)
{
    /// <summary>A failure is logged, not thrown: the call's record is already written, and a recompute repairs its types.</summary>
    public Task ClassifyAsync(string callId, CancellationToken cancellationToken) => ClassifyAsync([callId], cancellationToken);

    /// <summary>Classifies calls that ended, in one transaction; a failure is logged, as for one call.</summary>
    public async Task ClassifyAsync(IReadOnlyList<string> callIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callIds);
        try
        {
            await callTypes.ClassifyAsync(callIds, Rules(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogClassifyFailed(logger, e, string.Join(", ", callIds));
        }
    }

    public async Task<int> ReclassifyAllAsync(CancellationToken cancellationToken)
    {
        var count = await callTypes.ReclassifyAllAsync(Rules(), cancellationToken);
        LogReclassified(logger, count);
        return count;
    }

    public IReadOnlyList<CallTypeRule> Rules()
    {
        var value = options.Value;
        var rules = new List<CallTypeRule> { new(null, value.TargetTalkSeconds, value.SalesCycleDays) };
        rules.AddRange(value.Sites.Select(s => new CallTypeRule(
            s.Key, s.Value.TargetTalkSeconds ?? value.TargetTalkSeconds, s.Value.SalesCycleDays ?? value.SalesCycleDays)));
        return rules;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not classify call(s) {CallIds}; recompute call types to repair them")]
    private static partial void LogClassifyFailed(ILogger logger, Exception exception, string callIds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call types recomputed for {Count} call(s)")]
    private static partial void LogReclassified(ILogger logger, int count);
}

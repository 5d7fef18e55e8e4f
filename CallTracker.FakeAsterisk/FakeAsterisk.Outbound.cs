namespace CallTracker.Fakes;

/// <summary>Calls managers place from their phones, through the shipped managers context.</summary>
public sealed partial class FakeAsterisk
{
    /// <summary>
    /// A manager dials a client from their phone: <c>PJSIP/101-N</c> (Ring) runs the shipped <c>managers</c> context,
    /// whose <c>_9X.</c> enters <c>Stasis(app, outbound, number)</c>; with no event socket of the app connected it dials
    /// <c>PJSIP/number@trunk</c> itself. A number rung through the trunk behaves as <see cref="SetPhone"/> set its
    /// endpoint, e.g. <c>PJSIP/79161234567@trunk</c>.
    /// </summary>
    /// <param name="endpoint">The manager's phone, e.g. <c>PJSIP/101</c>; its extension is the caller's number.</param>
    /// <param name="dialled">What the manager keys: 9, then the number.</param>
    public Task<FakeCaller> PlaceOutboundCallAsync(string endpoint, string dialled, string? callerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(dialled);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            return Task.FromResult(_core.PlaceOutboundCall(endpoint, dialled, callerName));
        }
    }

    /// <summary>
    /// A manager's outgoing call left behind, still ringing, by an app process that died: in Stasis(app, outbound,
    /// number), state Ring, its StasisStart lost with that process (as <see cref="PlaceStrandedCallAsync"/>).
    /// </summary>
    public Task<FakeCaller> PlaceStrandedOutboundCallAsync(string endpoint, string dialled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(dialled);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            return Task.FromResult(_core.PlaceOutboundCall(endpoint, dialled, null, stranded: true));
        }
    }
}

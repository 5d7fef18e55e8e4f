using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// The call as the strategy ringing one dealer sees it: once the first phone is dialled, its leg counts in
/// <see cref="ManagerLoad"/> and the dealer's turn no longer needs to hold its place under the cap.
/// </summary>
internal sealed class DealerRingCall(IRingCall call, DealerTurn turn) : IRingCall
{
    public Task CallerLeft => call.CallerLeft;

    public string CallerNumber => call.CallerNumber;

    public async Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await call.DialAsync(target, cancellationToken);
        }
        finally
        {
            turn.Dispose();
        }
    }

    public Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken) => call.ConnectAsync(answered, cancellationToken);
}

using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls.Legs;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>Joins the caller and the manager who took the call in a mixing bridge.</summary>
internal static class BridgeStep
{
    /// <summary>How long to wait for the hangup events that explain a channel vanishing under a bridge request.</summary>
    private static readonly TimeSpan VanishedGrace = TimeSpan.FromSeconds(2);

    /// <returns>The bridge; null when the caller or the manager hung up while it was being built (their leg says which).</returns>
    public static async Task<Bridge?> JoinAsync(CallSession session, Leg caller, Leg manager, CancellationToken cancellationToken)
    {
        Bridge? bridge = null;
        try
        {
            await caller.StopHoldMusicAsync(cancellationToken);
            await caller.AnswerAsync(cancellationToken);
            bridge = await session.CreateBridgeAsync(session.CallId + "-bridge", cancellationToken);
            await bridge.AddAsync(caller, cancellationToken);
            await bridge.AddAsync(manager, cancellationToken);
            return bridge;
        }
        catch (AriException e) when (e.IsNotFound || (int)e.StatusCode is 400 or 422)
        {
            // The next manager who answers gets a bridge of the same name.
            if (bridge is not null)
            {
                await bridge.DestroyAsync(cancellationToken);
            }

            // Someone hung up while the bridge was being built; their hangup events say who.
            if (await CallWaits.FirstAsync(VanishedGrace, session.Time, cancellationToken, caller.Ended, manager.Ended) < 0)
            {
                throw new AriException($"A channel of call {session.CallId} vanished while it was being bridged, and no hangup event followed.");
            }

            return null;
        }
    }
}

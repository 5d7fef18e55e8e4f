namespace CallTracker.Pbx.Calls;

/// <summary>
/// What the trunk dialplan's Stasis(calltracker,inbound,${EXTEN}) passes, read one way whether it comes in a StasisStart
/// or from a channel found in the app later (left there by a process that died).
/// </summary>
internal static class TrunkCallArgs
{
    /// <summary>A trunk call says "inbound", or nothing at all; our manager legs say "manager-leg".</summary>
    public static bool IsInbound(IReadOnlyList<string> args) => args.Count == 0 || args[0] == "inbound";

    /// <summary>The tracking number is the second argument; without one, the dialplan exten is it.</summary>
    public static string DialledNumber(IReadOnlyList<string> args, string? exten) =>
        args.Count >= 2 && !string.IsNullOrWhiteSpace(args[1]) ? args[1] : exten ?? "";
}

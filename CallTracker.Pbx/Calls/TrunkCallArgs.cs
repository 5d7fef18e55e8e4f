namespace CallTracker.Pbx.Calls;

/// <summary>
/// What the dialplan's Stasis(calltracker,inbound,${EXTEN}) (from the trunk) or Stasis(calltracker,outbound,number)
/// (from a manager's phone) passes, read one way whether it comes in a StasisStart or from a channel found in the app
/// later (left there by a process that died).
/// </summary>
internal static class TrunkCallArgs
{
    /// <summary>A trunk call says "inbound", or nothing at all; our manager legs say "manager-leg", client legs "client-leg".</summary>
    public static bool IsInbound(IReadOnlyList<string> args) => args.Count == 0 || args[0] == "inbound";

    /// <summary>A call a manager places to a client through the PBX.</summary>
    public static bool IsOutbound(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "outbound";

    /// <summary>The tracking number (or, outbound, the number dialled) is the second argument; without one, the dialplan exten is it.</summary>
    public static string DialledNumber(IReadOnlyList<string> args, string? exten) =>
        args.Count >= 2 && !string.IsNullOrWhiteSpace(args[1]) ? args[1] : exten ?? "";
}

using System.Text.Json.Nodes;

namespace CallTracker.Tests.Fakes;

/// <summary>Where a recording shows what the fake deliberately does not model, the expected event is adjusted here.</summary>
internal static class RecordingQuirks
{
    /// <summary>Returns the recorded event as the fake should send it, or null when the fake does not send it.</summary>
    public static JsonObject? Normalize(string transcript, JsonObject recorded)
    {
        if (!transcript.StartsWith("08", StringComparison.Ordinal))
        {
            return recorded;
        }

        // Transcript 08 is a real SIP call (sipp). The fake's trunk caller hangs up like the far side of the trunk in
        // the other recordings (cause 16), as its contract says; the RTP statistics varsets of chan_pjsip are not modelled.
        var type = (string)recorded["type"]!;
        if (type == "ChannelVarset" && ((string?)recorded["variable"])!.StartsWith("RTPAUDIOQOS", StringComparison.Ordinal))
        {
            return null;
        }

        if (type == "ChannelHangupRequest" && recorded["cause"] is null)
        {
            recorded["cause"] = 16;
        }

        if (type == "ChannelDestroyed" && (int?)recorded["cause"] == 0)
        {
            recorded["cause"] = 16;
            recorded["cause_txt"] = "Normal Clearing";
        }

        return recorded;
    }
}

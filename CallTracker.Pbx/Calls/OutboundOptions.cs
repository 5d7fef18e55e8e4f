namespace CallTracker.Pbx.Calls;

/// <summary>Bound from "Outbound" in appsettings.json: how calls leave through the trunk (managers' outgoing calls, callbacks' client legs).</summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary>The endpoint a client's number is dialled at, {0} standing for its digits (pjsip.conf's trunk endpoint).</summary>
    public string TrunkEndpoint { get; set; } = "PJSIP/{0}@trunk";

    /// <summary>How long the number a manager dialled rings before the call counts as not answered.</summary>
    public int RingSeconds { get; set; } = 60;

    /// <summary>Record managers' outgoing conversations, as a route's Record does for calls in.</summary>
    public bool Record { get; set; }

    public TimeSpan RingTime => TimeSpan.FromSeconds(RingSeconds);

    /// <summary>The trunk endpoint for a number, e.g. PJSIP/79161234567@trunk.</summary>
    public string EndpointFor(string digits) => string.Format(System.Globalization.CultureInfo.InvariantCulture, TrunkEndpoint, digits);
}

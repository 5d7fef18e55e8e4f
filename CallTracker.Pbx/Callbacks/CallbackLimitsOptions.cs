namespace CallTracker.Pbx.Callbacks;

/// <summary>Bound from "Callbacks:Limits": how many callbacks the public API takes, so nobody can make us call a number over and over.</summary>
public sealed class CallbackLimitsOptions
{
    /// <summary>Requests for one phone number per hour, from all sites together; more are answered 429.</summary>
    public int RequestsPerPhonePerHour { get; set; } = 3;

    /// <summary>Requests one site takes per hour; bounds what its page can cost in calls.</summary>
    public int RequestsPerSitePerHour { get; set; } = 100;
}

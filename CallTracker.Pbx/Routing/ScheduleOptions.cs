namespace CallTracker.Pbx.Routing;

/// <summary>When a route's managers are at work, in the business's own time zone.</summary>
public sealed class ScheduleOptions
{
    public string Name { get; set; } = "";

    /// <summary>IANA time zone id, e.g. Europe/Moscow; the server's own zone is irrelevant.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Per weekday ("Monday" ... "Sunday"), one or more ranges like "09:00-13:00,14:00-18:00"; a day left out is closed.</summary>
    public Dictionary<string, string> Hours { get; set; } = [];

    /// <summary>Closed all day, as yyyy-MM-dd.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>What callers get outside business hours.</summary>
    public OffHoursOptions OffHours { get; set; } = new();
}

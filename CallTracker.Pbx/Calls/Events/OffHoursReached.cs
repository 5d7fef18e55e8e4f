namespace CallTracker.Pbx.Calls.Events;

/// <summary>The call came outside its route's business hours; the schedule's off-hours action applies.</summary>
public sealed record OffHoursReached(string Schedule, string Action) : CallEvent
{
    public override string Kind => "OffHours";

    public override object? Detail() => new { schedule = Schedule, action = Action };
}

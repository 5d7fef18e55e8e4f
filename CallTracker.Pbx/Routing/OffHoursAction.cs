namespace CallTracker.Pbx.Routing;

public enum OffHoursAction
{
    Voicemail,
    Message,
    Route,
}

namespace CallTracker.Pbx.Routing;

public enum UnansweredAction
{
    Hangup,
    Voicemail,
}

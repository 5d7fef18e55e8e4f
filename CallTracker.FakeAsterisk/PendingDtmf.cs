namespace CallTracker.Fakes;

/// <summary>DTMF a channel was asked to send while it was playing something: sent once the playback ends.</summary>
internal sealed record PendingDtmf(string Digits, int Before, int Between, int Duration);

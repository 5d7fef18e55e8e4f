namespace CallTracker.Fakes;

/// <summary>How the fake Asterisk is set up: credentials, the Stasis app of trunk calls, time and media lengths.</summary>
public sealed class FakeAsteriskOptions
{
    /// <summary>The Stasis app trunk calls enter (<c>Stasis(app, inbound, trackingNumber)</c>).</summary>
    public string AppName { get; init; } = "calltracker";

    public string Username { get; init; } = "calltracker";

    public string Password { get; init; } = "secret";

    /// <summary>The harness dialplan of the recordings the fake follows (<see cref="FakeDialplan.Classic"/> unless set).</summary>
    public FakeDialplan Dialplan { get; init; } = FakeDialplan.Classic;

    /// <summary>
    /// What the <see cref="FakeDialplan.Fallback"/> dialplan dials after Stasis returns: a phone set with
    /// <c>SetPhone</c> (<c>PJSIP/900</c>) or, as in transcript 19, <c>Local/900@sim-manager</c>.
    /// </summary>
    public string FallbackDial { get; init; } = "PJSIP/900";

    /// <summary>The fallback Dial's timeout (transcript 19: 10 s).</summary>
    public int FallbackDialSeconds { get; init; } = 10;

    /// <summary>http.conf's <c>sessionlimit</c>: connections beyond it are closed unanswered (<see cref="HttpSessionLimit"/>).</summary>
    public int SessionLimit { get; init; } = 100;

    /// <summary>Every delay of the fake (dial timeout, playback length, answer delay, recording length) runs on it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Told of every event sent and request received as it happens; none when null.</summary>
    public IWireTap? WireTap { get; init; }

    /// <summary>The length of a media URI not listed in <see cref="MediaDurations"/>.</summary>
    public TimeSpan DefaultMediaDuration { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Lengths by media URI, e.g. <c>["sound:hello-world"] = 1.4 s</c>.</summary>
    public IDictionary<string, TimeSpan> MediaDurations { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>Media URIs whose file is missing: PlaybackStarted, then PlaybackFinished <c>failed</c> at once.</summary>
    public ISet<string> MissingMedia { get; } = new HashSet<string>(StringComparer.Ordinal);
}

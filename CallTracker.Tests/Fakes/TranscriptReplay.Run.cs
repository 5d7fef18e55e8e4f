using System.Globalization;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>The scenario loop, and the few recorded steps that are not plain REST calls.</summary>
internal sealed partial class TranscriptReplay
{
    private readonly List<string> _catchUpShortfalls = [];
    private FakeCaller? _sipCaller;

    /// <summary>Steps before which the fake had not produced what the recording had shown (the replay lost its sync).</summary>
    public IReadOnlyList<string> CatchUpShortfalls => _catchUpShortfalls;

    /// <summary>The apps whose sockets are compared: those with events in the recording.</summary>
    public IReadOnlyList<string> ComparedApps => Apps.Where(a => _transcript.EventsOf(a).Any()).ToList();
    private int _unauthorizedSent;

    /// <summary>
    /// Index of the first entry not replayed: 14b's second part (<c>from-trunk-fallback</c>) runs Dial() in the
    /// dialplan, which the fake does not model.
    /// </summary>
    public int End => _transcript.Entries.ToList().FindIndex(e => e.IsNote && e.Text!.StartsWith("14bb)", StringComparison.Ordinal)) is var i and >= 0
        ? i
        : _transcript.Entries.Count;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var entries = _transcript.Entries.Take(End).ToList();
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            AdvanceTo(entry.T);
            if (!entry.IsEvent)
            {
                var own = entry.IsRest ? _asterisk.StreamsTouchedBy(_ids.Translate(entry.Path!)).ToHashSet(StringComparer.Ordinal) : [];
                foreach (var app in ComparedApps)
                {
                    await CatchUpAsync(app, entries.Take(index).Where(e => e.T <= entry.T - 0.0005), own, cancellationToken);
                }
            }

            if (entry.IsNote)
            {
                await HandleNoteAsync(entry, entries.Skip(index + 1), cancellationToken);
            }
            else if (entry.IsRest && !IsRecordedRace(entry))
            {
                await SendAsync(entry, cancellationToken, CredentialsFor(entry));
            }
        }
    }

    /// <summary>
    /// The harness acted on what it had seen: before the next step, the app's socket must have received (per channel,
    /// per target) as many events as the recording shows before that step, except those that may be the step's own,
    /// racing its reply: less than 1 ms before it, or on the channels and bridge the step acts on. When the fake is
    /// slower than Asterisk (silence detection, a recording's end), its clock moves on, at most 1 s; beyond that the
    /// shortfall is reported.
    /// </summary>
    private async Task CatchUpAsync(string app, IEnumerable<TranscriptEntry> before, HashSet<string> exempt, CancellationToken cancellationToken)
    {
        var recorded = CountByStream(before
            .Where(e => e.IsEvent && e.Socket == app)
            .Select(e => (Recorded: e.Event!, Mapped: RecordingQuirks.Normalize(_transcript.Name, _ids.Translate(e.Event!))))
            .Where(e => e.Mapped is not null && EventDigest.Stream(e.Mapped) != EventDigest.Stream(e.Recorded))
            .Select(e => e.Mapped!)
            .Where(e => !exempt.Contains(EventDigest.Stream(e))));
        var budget = _time.GetUtcNow() + TimeSpan.FromSeconds(1);
        var patience = DateTime.UtcNow + TimeSpan.FromMilliseconds(500);
        while (true)
        {
            var received = CountByStream(Received(app));
            var behind = recorded.Where(r => received.GetValueOrDefault(r.Key) < r.Value).ToList();
            if (behind.Count == 0)
            {
                return;
            }

            var sent = CountByStream(_asterisk.SentEvents.Where(e => e.App == app).Select(e => e.Json));
            if (behind.All(b => sent.GetValueOrDefault(b.Key) >= b.Value))
            {
                if (DateTime.UtcNow > patience)
                {
                    _catchUpShortfalls.Add(Shortfall(app, behind, "sent but never received"));
                    return;
                }

                await Task.Delay(1, cancellationToken);
                continue;
            }

            if (_time.GetUtcNow() >= budget)
            {
                _catchUpShortfalls.Add(Shortfall(app, behind, "not sent within 1 s"));
                return;
            }

            _time.Advance(Step);
        }
    }

    private string Shortfall(string app, IEnumerable<KeyValuePair<string, int>> behind, string why) =>
        $"{(_time.GetUtcNow() - _origin).TotalSeconds:0.000} {app}: {why}: " + string.Join(", ", behind.Select(b => b.Key + " x" + b.Value));

    private static Dictionary<string, int> CountByStream(IEnumerable<System.Text.Json.Nodes.JsonObject> events) =>
        events.GroupBy(EventDigest.Stream, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// Transcript 13 sent a second <c>record name=dup13</c> 1 ms after the first had failed (channel in a bridge):
    /// Asterisk answered 409 because the failed recording was not cleaned up yet, and 1 ms later accepted the same
    /// name for the bridge. A race of Asterisk's own threads: not replayed.
    /// </summary>
    private static bool IsRecordedRace(TranscriptEntry entry) =>
        entry.Status == 409 && entry.Path!.Contains("/record?name=dup13", StringComparison.Ordinal);

    private string? CredentialsFor(TranscriptEntry entry)
    {
        if (entry.Status != 401)
        {
            return Credentials;
        }

        return _unauthorizedSent++ % 2 == 0 ? null : "calltracker:wrong";
    }

    private async Task HandleNoteAsync(TranscriptEntry note, IEnumerable<TranscriptEntry> rest, CancellationToken cancellationToken)
    {
        var text = note.Text!;
        if (text.Contains("calltracker WebSocket clean close", StringComparison.Ordinal))
        {
            await _streams["calltracker"][^1].CloseAsync(cancellationToken);
            await WaitUntilAsync(() => _asterisk.ConnectedSockets == 1, cancellationToken);
        }
        else if (text.Contains("calltracker WebSocket abrupt TCP close", StringComparison.Ordinal))
        {
            _streams["calltracker"][^1].Abort();
            await WaitUntilAsync(() => _asterisk.ConnectedSockets == 1, cancellationToken);
        }
        else if (text.Contains("calltracker reconnects", StringComparison.Ordinal)
            || text.StartsWith("a new process connects the calltracker socket", StringComparison.Ordinal))
        {
            // Transcript 19's "kill" left the old socket open (it got ApplicationReplaced): only the new one connects.
            await ConnectAsync("calltracker", cancellationToken);
        }
        else if (text.StartsWith("sipp UAC", StringComparison.Ordinal))
        {
            // Transcript 08: the call came over SIP; the fake's trunk caller places it.
            _sipCaller = await _asterisk.PlaceInboundCallAsync("74950000009", "sipp", "sipp", cancellationToken);
            var recorded = _transcript.EventsOf("calltracker").First(e => e.EventType == "StasisStart").Event!;
            _ids.LearnId((string)recorded["channel"]!["id"]!, _sipCaller.ChannelId);
        }
        else if (text.StartsWith("waiting for sipp to send BYE", StringComparison.Ordinal))
        {
            AdvanceTo(rest.First(e => e.IsEvent && e.EventType is "ChannelVarset" or "ChannelHangupRequest").T);
            await _sipCaller!.HangupAsync(cancellationToken);
        }
        else if (text.StartsWith("WS GET ", StringComparison.Ordinal))
        {
            await CheckHandshakeAsync(text, cancellationToken);
        }
    }

    /// <summary>Transcript 13's WebSocket handshakes with bad credentials or no app: 401 / 400 before any upgrade.</summary>
    private async Task CheckHandshakeAsync(string note, CancellationToken cancellationToken)
    {
        var path = note["WS GET ".Length..note.IndexOf(" -> ", StringComparison.Ordinal)];
        var statusAt = note.IndexOf("HTTP/1.1 ", StringComparison.Ordinal) + "HTTP/1.1 ".Length;
        var expected = int.Parse(note.AsSpan(statusAt, 3), CultureInfo.InvariantCulture);
        using var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
        if ((int)response.StatusCode != expected)
        {
            _statusMismatches.Add($"WS GET {path}: recorded {expected}, fake {(int)response.StatusCode}");
        }
    }
}

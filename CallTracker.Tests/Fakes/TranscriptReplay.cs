using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// Drives the fake through a recording: every REST call of the transcript (the app's and the <c>sim</c> phones')
/// is sent as recorded, ids mapped, at the recorded time on a <see cref="FakeTimeProvider"/>; the events each app's
/// socket receives are kept for comparison.
/// </summary>
internal sealed partial class TranscriptReplay : IAsyncDisposable
{
    private const string Credentials = "calltracker:calltracker";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);
    private static readonly string[] Apps = ["calltracker", "sim"];

    private readonly Transcript _transcript;
    private readonly FakeTimeProvider _time;
    private readonly DateTimeOffset _origin;
    private readonly FakeAsterisk _asterisk;
    private readonly HttpClient _http;
    private readonly Dictionary<string, List<AriEventStream>> _streams = new(StringComparer.Ordinal);
    private readonly List<string> _statusMismatches = [];
    private readonly RecordedIdMap _ids;

    private TranscriptReplay(Transcript transcript, FakeTimeProvider time, FakeAsterisk asterisk)
    {
        _transcript = transcript;
        _time = time;
        _origin = time.GetUtcNow();
        _asterisk = asterisk;
        _http = new HttpClient { BaseAddress = asterisk.BaseUri };
        _ids = new RecordedIdMap(transcript, asterisk.ChannelIdByName, asterisk.ChannelNamesEver);
    }

    public FakeAsterisk Asterisk => _asterisk;

    public RecordedIdMap Ids => _ids;

    /// <summary>REST calls whose status differed from the recorded one.</summary>
    public IReadOnlyList<string> StatusMismatches => _statusMismatches;

    public static async Task<TranscriptReplay> StartAsync(Transcript transcript, CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 13, 46, 0, TimeSpan.Zero));
        var options = new FakeAsteriskOptions
        {
            TimeProvider = time,
            Password = "calltracker",
            Dialplan = DialplanOf(transcript),
            FallbackDial = "Local/900@sim-manager",
        };
        foreach (var (media, seconds) in MediaLengths)
        {
            options.MediaDurations[media] = TimeSpan.FromSeconds(seconds);
        }

        options.MissingMedia.Add("sound:no-such-sound-file");
        var asterisk = await FakeAsterisk.StartAsync(options, cancellationToken);
        if (transcript.Name.StartsWith("13", StringComparison.Ordinal))
        {
            // Transcript 13 ran after 02 on the same Asterisk: test1.wav was on disk.
            asterisk.AddStoredRecording("test1", "wav");
        }

        var replay = new TranscriptReplay(transcript, time, asterisk);
        foreach (var app in Apps.Where(a => transcript.EventsOf(a).Any()))
        {
            await replay.ConnectAsync(app, cancellationToken);
        }

        return replay;
    }

    /// <summary>Transcripts 18 on were recorded with the newer harness dialplan (the fallback after Stasis).</summary>
    private static FakeDialplan DialplanOf(Transcript transcript) =>
        int.TryParse(transcript.Name.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 18
            ? FakeDialplan.Fallback
            : FakeDialplan.Classic;

    /// <summary>The lengths measured in the recordings (PlaybackStarted to PlaybackFinished).</summary>
    private static IEnumerable<(string Media, double Seconds)> MediaLengths =>
    [
        ("sound:hello-world", 1.403),
        ("sound:beep", 0.424),
        ("digits:0001", 3.540),
        ("sound:demo-congrats", 30),
        ("sound:silence/10", 10),
        ("digits:1234567890", 8.242),
        ("number:2500", 3.306),
        ("characters:abcdef", 4.185),

        // Transcript 18 stopped these after 0.7 s: longer than that; a tone plays until stopped.
        ("sound:demo-instruct", 30),
        ("tone:ring", 3600),
    ];

    /// <summary>Every event an app's sockets received, in order, across reconnects.</summary>
    public IReadOnlyList<JsonObject> Received(string app) =>
        _streams.TryGetValue(app, out var streams) ? streams.SelectMany(s => s.Events).ToList() : [];

    public async Task ConnectAsync(string app, CancellationToken cancellationToken)
    {
        var stream = await AriEventStream.ConnectAsync(_asterisk.BaseUri, app, Credentials, cancellationToken);
        if (!_streams.TryGetValue(app, out var list))
        {
            _streams[app] = list = [];
        }

        list.Add(stream);
        await WaitUntilAsync(() => _asterisk.ConnectedSockets == _streams.Values.Sum(l => l.Count(s => s.State == System.Net.WebSockets.WebSocketState.Open)), cancellationToken);
    }

    /// <summary>Moves the fake clock to the recorded time <paramref name="t"/>, in small steps so timers fire in order.</summary>
    public void AdvanceTo(double t)
    {
        var target = _origin + TimeSpan.FromSeconds(t);
        while (_time.GetUtcNow() < target)
        {
            var remaining = target - _time.GetUtcNow();
            _time.Advance(remaining < Step ? remaining : Step);
        }
    }

    /// <summary>Sends a recorded REST call with its ids mapped; learns the ids of what it creates.</summary>
    public async Task<JsonNode?> SendAsync(TranscriptEntry entry, CancellationToken cancellationToken, string? credentials = Credentials)
    {
        var path = _ids.Translate(entry.Path!);
        using var request = new HttpRequestMessage(new HttpMethod(entry.Method!), new Uri(path.TrimStart('/'), UriKind.Relative));
        if (credentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        if (entry.Body is { } body)
        {
            request.Content = new StringContent(_ids.Translate(body), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        if (status != entry.Status)
        {
            _statusMismatches.Add($"{entry.T:0.000} {entry.Method} {entry.Path}: recorded {entry.Status}, fake {status} {text}");
        }

        var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text) : null;
        Learn(entry, json);
        return json;
    }

    private void Learn(TranscriptEntry entry, JsonNode? fake)
    {
        if (entry.Status != 200 || entry.Method != "POST" || fake is null)
        {
            return;
        }

        var path = entry.Path!.Split('?')[0];
        if (path is "/ari/channels" or "/ari/channels/create")
        {
            _ids.LearnChannel(entry.Response, fake);
        }
        else if (path == "/ari/bridges" && (string?)entry.Response?["id"] is { } recordedBridge)
        {
            _ids.LearnId(recordedBridge, (string)fake["id"]!);
        }
    }

    /// <summary>Waits until every event the fake sent to <paramref name="app"/> has arrived on the test's sockets.</summary>
    public async Task DrainAsync(string app, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await WaitUntilAsync(() => Received(app).Count >= _asterisk.SentEvents.Count(e => e.App == app), timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Compared as they are: the difference shows in the assertion.
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(2, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in _streams.Values.SelectMany(s => s))
        {
            await stream.DisposeAsync();
        }

        _http.Dispose();
        await _asterisk.DisposeAsync();
    }
}

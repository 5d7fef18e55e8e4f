using System.Globalization;
using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>
/// The simulated Asterisk: channels, bridges, playbacks, recordings and Stasis apps, driven by REST calls, the test
/// and timers. Every member runs under <see cref="Gate"/>; events are queued to the sockets in the order they happen.
/// </summary>
internal sealed partial class AsteriskCore
{
    public const string AsteriskId = "02:fc:00:00:00:01";

    private readonly FakeAsteriskOptions _options;
    private readonly List<SimChannel> _channels = [];
    private readonly Dictionary<string, SimChannel> _everChannelsByName = new(StringComparer.Ordinal);
    private readonly List<string> _everChannelNames = [];
    private readonly List<SimBridge> _bridges = [];
    private readonly Dictionary<string, SimApp> _apps = new(StringComparer.Ordinal);
    private readonly List<SimPlayback> _playbacks = [];
    private readonly Dictionary<string, SimRecording> _liveRecordings = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, StoredRecording> _storedRecordings = new(StringComparer.Ordinal);
    private readonly List<SentEvent> _sentEvents = [];
    private readonly List<EventSocket> _openSockets = [];
    private readonly List<Exception> _errors = [];
    private readonly Dictionary<string, PhoneBehaviour> _phoneBehaviours = new(StringComparer.Ordinal);
    private readonly List<FakePhone> _phoneLegs = [];
    private readonly HashSet<ScheduledAction> _scheduled = [];
    private int _uniqueSequence;
    private int _unrealSequence;
    private int _pjsipSequence;

    public AsteriskCore(FakeAsteriskOptions options)
    {
        _options = options;
        StartTime = options.TimeProvider.GetUtcNow();
    }

    public object Gate { get; } = new();

    public DateTimeOffset StartTime { get; }

    public DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    public FakeAsteriskOptions Options => _options;

    public bool Stopped { get; private set; }

    public IReadOnlyList<SentEvent> SentEvents => [.. _sentEvents];

    public IReadOnlyList<Exception> Errors => [.. _errors];

    public IReadOnlyList<string> StoredRecordingNames => [.. _storedRecordings.Keys];

    public int ConnectedSockets => _openSockets.Count;

    public void RecordError(Exception exception) => _errors.Add(exception);

    /// <summary>Stops every timer: nothing happens after the fake is disposed.</summary>
    public void Stop()
    {
        Stopped = true;
        foreach (var action in _scheduled)
        {
            action.Cancel();
        }

        _scheduled.Clear();
    }

    /// <summary>Runs <paramref name="action"/> under the gate after <paramref name="delay"/> of the injected time.</summary>
    public ScheduledAction Schedule(TimeSpan delay, Action action)
    {
        var scheduled = new ScheduledAction();
        if (Stopped)
        {
            scheduled.Cancel();
            return scheduled;
        }

        _scheduled.Add(scheduled);
        scheduled.Timer = _options.TimeProvider.CreateTimer(
            _ =>
            {
                lock (Gate)
                {
                    _scheduled.Remove(scheduled);
                    if (scheduled.Cancelled || Stopped)
                    {
                        return;
                    }

                    scheduled.Cancel();
                    try
                    {
                        action();
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        _errors.Add(exception);
                    }
                }
            },
            null,
            delay <= TimeSpan.Zero ? TimeSpan.FromTicks(1) : delay,
            Timeout.InfiniteTimeSpan);
        return scheduled;
    }

    private string NextUniqueId(string? requested)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            if (_channels.Any(c => string.Equals(c.Id, requested, StringComparison.Ordinal)))
            {
                throw new SimAriError(409, "Channel with given unique ID already exists");
            }

            return requested;
        }

        var seconds = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return seconds + "." + (_uniqueSequence++).ToString(CultureInfo.InvariantCulture);
    }

    private string NextUnrealSuffix() => (_unrealSequence++).ToString("x8", CultureInfo.InvariantCulture);

    private string NextPjsipSuffix() => (_pjsipSequence++).ToString("x8", CultureInfo.InvariantCulture);

    private SimChannel AddChannel(string id, string name)
    {
        var channel = new SimChannel(id, name, Now);
        _channels.Add(channel);
        _everChannelsByName[name] = channel;
        _everChannelNames.Add(name);
        return channel;
    }

    public SimChannel? FindChannel(string id) =>
        _channels.FirstOrDefault(c => !c.Hidden && string.Equals(c.Id, id, StringComparison.Ordinal));

    public SimChannel RequireChannel(string id, string message = "Channel not found") =>
        FindChannel(id) ?? throw new SimAriError(404, message);

    /// <summary>The id a channel of that name had (also once destroyed): lets the replay map recorded ids.</summary>
    public string? ChannelIdByName(string name) => _everChannelsByName.TryGetValue(name, out var channel) ? channel.Id : null;

    public IReadOnlyList<string> ChannelNamesEver => [.. _everChannelNames];

    public IReadOnlyList<SimChannel> LiveChannels => _channels.Where(c => !c.Hidden).Reverse().ToList();

    private JsonObject NewEvent(string type)
    {
        return new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = AriJson.Timestamp(Now),
        };
    }
}

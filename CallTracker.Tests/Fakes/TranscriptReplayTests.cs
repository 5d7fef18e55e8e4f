using System.Text;
using System.Text.Json.Nodes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// Replays every recording of <c>shared/ari/transcripts</c> against the fake and compares what each app's socket
/// (<c>calltracker</c>, and <c>sim</c>, the recordings' phone simulator) gets with what Asterisk 22 sent: per channel
/// (and per playback/recording target, per bridge) the same events in the same order, with the fields a client acts
/// on; and the same status for every REST call. Across channels the order is not compared: Asterisk runs each channel
/// (each Local half) on its own thread, so that order is a race in the recordings.
/// </summary>
[TestFixture]
public sealed class TranscriptReplayTests
{
    public static IEnumerable<TestCaseData> Transcripts() =>
        TranscriptFolder.TranscriptNames().Select(name => new TestCaseData(name).SetName("Replays_" + name.Replace('-', '_')));

    [TestCaseSource(nameof(Transcripts))]
    [CancelAfter(20_000)]
    public async Task Replay_matches_the_recording(string name, CancellationToken cancellationToken)
    {
        // Arrange
        var transcript = TranscriptFolder.Load(name);
        if (transcript.Entries.Count == 0)
        {
            await AsteriskInfoReplay.AssertMatchesAsync(transcript, cancellationToken);
            return;
        }

        await using var replay = await TranscriptReplay.StartAsync(transcript, cancellationToken);

        // Act
        await replay.RunAsync(cancellationToken);
        foreach (var app in replay.ComparedApps)
        {
            await replay.DrainAsync(app, cancellationToken);
        }

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(replay.StatusMismatches, Is.Empty, "REST status codes");
            Assert.That(replay.CatchUpShortfalls, Is.Empty, "events the recording showed before a step");
            foreach (var app in replay.ComparedApps)
            {
                var expected = Expected(transcript, replay, app);
                var received = replay.Received(app);
                Assert.That(
                    ByStream(received),
                    Is.EqualTo(ByStream(expected)).Using<Dictionary<string, List<string>>>(SameStreams),
                    "Socket of app " + app + ": " + Diff(expected, received));
            }
        });
    }

    /// <summary>The recorded events of <paramref name="app"/> (up to where the replay stops), ids mapped to the fake's.</summary>
    private static List<JsonObject> Expected(Transcript transcript, TranscriptReplay replay, string app) =>
        transcript.Entries.Take(replay.End)
            .Where(e => e.IsEvent && e.Socket == app)
            .Select(e => RecordingQuirks.Normalize(transcript.Name, replay.Ids.Translate(e.Event!)))
            .OfType<JsonObject>()
            .ToList();

    private static Dictionary<string, List<string>> ByStream(IEnumerable<JsonObject> events)
    {
        var streams = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var key = EventDigest.Stream(e);
            if (!streams.TryGetValue(key, out var list))
            {
                streams[key] = list = [];
            }

            list.Add(EventDigest.Describe(e));
        }

        return streams;
    }

    private static bool SameStreams(Dictionary<string, List<string>> left, Dictionary<string, List<string>> right) =>
        left.Count == right.Count && left.All(s => right.TryGetValue(s.Key, out var other) && s.Value.SequenceEqual(other));

    private static string Diff(IReadOnlyList<JsonObject> expected, IReadOnlyList<JsonObject> received)
    {
        var recorded = ByStream(expected);
        var fake = ByStream(received);
        var text = new StringBuilder("Events per stream differ (recorded vs fake):");
        foreach (var key in recorded.Keys.Union(fake.Keys))
        {
            var left = recorded.GetValueOrDefault(key) ?? [];
            var right = fake.GetValueOrDefault(key) ?? [];
            if (left.SequenceEqual(right))
            {
                continue;
            }

            text.AppendLine().AppendLine("== " + key);
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : "-";
                var r = i < right.Count ? right[i] : "-";
                text.AppendLine((l == r ? "   " : " ! ") + l + "  |  " + r);
            }
        }

        return text.ToString();
    }
}

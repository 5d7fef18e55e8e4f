using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// Maps the ids of a recording onto the fake's: channels through their names (a Local pair's sequence number is
/// learnt from the originate/create answer), bridges from the create answer. Playback and recording ids are the
/// client's and stay as they are.
/// </summary>
internal sealed partial class RecordedIdMap
{
    private readonly Dictionary<string, string> _recordedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _namePrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _direct = new(StringComparer.Ordinal);
    private readonly List<string> _recordedPrefixes = [];
    private readonly Func<string, string?> _fakeIdByName;
    private readonly Func<IReadOnlyList<string>> _fakeNames;

    public RecordedIdMap(Transcript transcript, Func<string, string?> fakeIdByName, Func<IReadOnlyList<string>> fakeNames)
    {
        _fakeIdByName = fakeIdByName;
        _fakeNames = fakeNames;
        foreach (var entry in transcript.Entries)
        {
            Collect(entry.Event);
            Collect(entry.Response);
        }
    }

    /// <summary>An originate/create answer: the recorded channel and the fake's one are the same call.</summary>
    public void LearnChannel(JsonNode? recorded, JsonNode? fake)
    {
        if ((string?)recorded?["name"] is not { } recordedName || (string?)fake?["name"] is not { } fakeName)
        {
            return;
        }

        _namePrefixes[Prefix(recordedName)] = Prefix(fakeName);
        _direct[(string)recorded!["id"]!] = (string)fake!["id"]!;
    }

    public void LearnId(string recordedId, string fakeId) => _direct[recordedId] = fakeId;

    public string MapId(string recordedId)
    {
        if (_direct.TryGetValue(recordedId, out var known))
        {
            return known;
        }

        if (_recordedNames.TryGetValue(recordedId, out var name)
            && (_namePrefixes.TryGetValue(Prefix(name), out var fakePrefix) || TryLearnByOrder(Prefix(name), out fakePrefix))
            && _fakeIdByName(fakePrefix + name[Prefix(name).Length..]) is { } fakeId)
        {
            return fakeId;
        }

        return recordedId;
    }

    /// <summary>Replaces every channel and bridge id in <paramref name="text"/> (a path, a body, an event's JSON).</summary>
    public string Translate(string text)
    {
        text = ChannelId().Replace(text, m => MapId(m.Value));
        return BridgeId().Replace(text, m => MapId(m.Value));
    }

    public JsonObject Translate(JsonObject json) => JsonNode.Parse(Translate(json.ToJsonString()))!.AsObject();

    /// <summary>
    /// A Local pair no REST answer named (one a dialplan Dial() created, transcript 19): the n-th recorded pair to
    /// <c>Local/900@sim-manager</c> is the fake's n-th pair to it.
    /// </summary>
    private bool TryLearnByOrder(string recordedPrefix, out string fakePrefix)
    {
        fakePrefix = string.Empty;
        var target = SequenceSuffix().Replace(recordedPrefix, string.Empty);
        if (target == recordedPrefix)
        {
            return false;
        }

        var index = _recordedPrefixes.Where(p => SequenceSuffix().Replace(p, string.Empty) == target).ToList().IndexOf(recordedPrefix);
        var fakes = _fakeNames().Select(Prefix).Where(p => SequenceSuffix().Replace(p, string.Empty) == target).Distinct().ToList();
        if (index < 0 || index >= fakes.Count)
        {
            return false;
        }

        fakePrefix = _namePrefixes[recordedPrefix] = fakes[index];
        return true;
    }

    /// <summary><c>Local/201@sim-manager-00000003;1</c> → <c>Local/201@sim-manager-00000003</c>; other names stay whole.</summary>
    private static string Prefix(string name)
    {
        var semicolon = name.LastIndexOf(';');
        return semicolon < 0 ? name : name[..semicolon];
    }

    private void Collect(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                if ((string?)json["id"] is { } id && json["name"] is JsonValue name && json["state"] is not null)
                {
                    _recordedNames[id] = (string)name!;
                    if (!_recordedPrefixes.Contains(Prefix((string)name!)))
                    {
                        _recordedPrefixes.Add(Prefix((string)name!));
                    }
                }

                foreach (var child in json)
                {
                    Collect(child.Value);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child);
                }

                break;
            default:
                break;
        }
    }

    [GeneratedRegex(@"-[0-9a-f]{8}$")]
    private static partial Regex SequenceSuffix();

    [GeneratedRegex(@"(?<!\d)\d{10}\.\d+(?!\d)")]
    private static partial Regex ChannelId();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex BridgeId();
}

using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Live and stored recordings (transcripts 02, 05, 13, 16).</summary>
internal sealed partial class AsteriskCore
{
    private static readonly HashSet<string> KnownFormats = new(StringComparer.Ordinal)
    {
        "wav", "wav16", "WAV", "gsm", "ulaw", "alaw", "sln", "sln16", "g722", "g729", "ilbc", "ogg", "mp3",
    };

    public JsonObject RecordChannel(string channelId, SimRecordRequest request)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        var recording = NewRecording(request, channel, null);
        var response = AriJson.LiveRecording(recording);
        if (request.Beep && channel.Peer?.External is { } party)
        {
            party.MediaHeard.Add("sound:beep");
        }

        if (channel.Bridge is not null)
        {
            recording.State = "failed";
            recording.Cause = "Cannot record channel while in bridge";
            EmitRecording("RecordingFailed", recording, null);
            _liveRecordings.Remove(recording.Name);
            return response;
        }

        channel.Recordings.Add(recording);
        StartRecording(recording);
        return response;
    }

    public JsonObject RecordBridge(string bridgeId, SimRecordRequest request)
    {
        var bridge = RequireBridge(bridgeId);
        var recording = NewRecording(request, null, bridge);
        var response = AriJson.LiveRecording(recording);
        bridge.Recording = recording;
        bridge.Participants.Add(new BridgeParticipant("Recorder/ARI-" + NextUnrealSuffix() + ";2", null));
        UpdateBridgeTopology(bridge);
        StartRecording(recording);
        return response;
    }

    public JsonObject GetLiveRecording(string name) => AriJson.LiveRecording(RequireLive(name));

    public void StopLiveRecording(string name, bool keep) => FinishRecording(RequireLive(name), keep);

    public void PauseLiveRecording(string name, bool paused)
    {
        var recording = RequireLive(name);
        UpdateRecordingAudio(recording);
        recording.Paused = paused;
    }

    public void RequireLiveRecording(string name) => RequireLive(name);

    public IReadOnlyList<StoredRecording> StoredRecordings => [.. _storedRecordings.Values];

    public StoredRecording RequireStored(string name) =>
        _storedRecordings.TryGetValue(name, out var stored) ? stored : throw new SimAriError(404, "Recording not found");

    public void DeleteStored(string name)
    {
        RequireStored(name);
        _storedRecordings.Remove(name);
    }

    public JsonObject CopyStored(string name, string? destination)
    {
        var stored = RequireStored(name);
        if (string.IsNullOrEmpty(destination))
        {
            throw new SimAriError(400, "Missing parameter destinationRecordingName");
        }

        if (_storedRecordings.ContainsKey(destination))
        {
            throw new SimAriError(409, "A recording with the same name already exists on the system");
        }

        var copy = stored with { Name = destination };
        _storedRecordings[destination] = copy;
        return AriJson.StoredRecording(copy);
    }

    /// <summary>Adds a stored recording as if an earlier run had left it on disk.</summary>
    public void AddStoredRecording(string name, string format) => _storedRecordings[name] = new StoredRecording(name, format, 1);

    private SimRecording RequireLive(string name) =>
        _liveRecordings.TryGetValue(name, out var recording) ? recording : throw new SimAriError(404, "Recording not found");

    private SimRecording NewRecording(SimRecordRequest request, SimChannel? channel, SimBridge? bridge)
    {
        var name = request.Name;
        if (string.IsNullOrEmpty(name) || name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/'))
        {
            throw new SimAriError(500, "Error parsing request");
        }

        if (request.IfExists is not ("fail" or "overwrite" or "append"))
        {
            throw new SimAriError(400, "ifExists invalid");
        }

        if (request.TerminateOn is not ("none" or "any" or "*" or "#"))
        {
            throw new SimAriError(400, "terminateOn invalid");
        }

        if (request.MaxDurationSeconds < 0 || request.MaxSilenceSeconds < 0)
        {
            throw new SimAriError(400, "maxDurationSeconds and maxSilenceSeconds cannot be negative");
        }

        if (string.IsNullOrEmpty(request.Format) || !KnownFormats.Contains(request.Format))
        {
            throw new SimAriError(422, "specified format is unknown on this system");
        }

        if (_liveRecordings.ContainsKey(name) || (_storedRecordings.ContainsKey(name) && request.IfExists == "fail"))
        {
            throw new SimAriError(409, "Recording '" + name + "' already exists and can not be overwritten");
        }

        var recording = new SimRecording(name, request.Format, channel, bridge, Now)
        {
            MaxDurationSeconds = request.MaxDurationSeconds,
            MaxSilenceSeconds = request.MaxSilenceSeconds,
            TerminateOn = request.TerminateOn,
        };
        _liveRecordings[name] = recording;
        return recording;
    }

    private void StartRecording(SimRecording recording)
    {
        recording.State = "recording";
        recording.LastUpdate = Now;
        EmitRecording("RecordingStarted", recording, null);
        UpdateRecordingAudio(recording);
        if (recording.MaxDurationSeconds > 0)
        {
            recording.DurationTimer = Schedule(
                TimeSpan.FromSeconds(recording.MaxDurationSeconds),
                () => FinishRecording(recording, keep: true));
        }
    }

    private void FinishRecording(SimRecording recording, bool keep, bool endedBySilence = false)
    {
        if (recording.State is "done" or "failed")
        {
            return;
        }

        UpdateRecordingAudio(recording);
        recording.DurationTimer?.Cancel();
        recording.SilenceTimer?.Cancel();
        var heard = recording.FramesSeconds - (endedBySilence ? recording.MaxSilenceSeconds : 0);
        var duration = (int)Math.Floor(Math.Max(0, heard) + 1e-9);
        recording.State = "done";
        EmitRecording("RecordingFinished", recording, duration);
        _liveRecordings.Remove(recording.Name);
        recording.Channel?.Recordings.Remove(recording);
        if (recording.Bridge is { } bridge && bridge.Recording == recording)
        {
            bridge.Recording = null;
            bridge.Participants.RemoveAll(p => p.Channel is null && p.Name.StartsWith("Recorder/", StringComparison.Ordinal));
            UpdateBridgeTopology(bridge);
        }

        if (keep)
        {
            _storedRecordings[recording.Name] = new StoredRecording(recording.Name, recording.Format, duration);
        }
    }

    private void EmitRecording(string type, SimRecording recording, int? duration)
    {
        var ev = NewEvent(type);
        ev["recording"] = AriJson.LiveRecording(recording, duration);
        Emit(AppsOfTarget(recording.Channel, recording.Bridge), ev);
    }
}

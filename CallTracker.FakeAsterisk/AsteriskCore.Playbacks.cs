using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Playbacks: queued per target, Started/Continuing/Finished (transcripts 02, 11, 13, 15, 16).</summary>
internal sealed partial class AsteriskCore
{
    private static readonly string[] KnownSchemes = ["sound:", "recording:", "number:", "digits:", "characters:", "tone:"];

    /// <summary>Transcript 18: Asterisk says these, it does not play a file, and cannot stop them.</summary>
    private static readonly string[] UnstoppableSchemes = ["number:", "digits:", "characters:"];

    public JsonObject PlayOnChannel(string channelId, string? media, string? playbackId, string? language)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        var playback = NewPlayback(media, playbackId, language ?? channel.Language, channel, null);
        var response = AriJson.Playback(playback);
        if (channel.CurrentPlayback is null)
        {
            StartPlayback(playback);
        }
        else
        {
            channel.QueuedPlaybacks.Add(playback);
        }

        return response;
    }

    public JsonObject PlayOnBridge(string bridgeId, string? media, string? playbackId, string? language)
    {
        var bridge = RequireBridge(bridgeId);
        var playback = NewPlayback(media, playbackId, language ?? "en", null, bridge);
        var response = AriJson.Playback(playback);
        if (bridge.CurrentPlayback is null)
        {
            StartPlayback(playback);
        }
        else
        {
            bridge.QueuedPlaybacks.Add(playback);
        }

        return response;
    }

    public JsonObject GetPlayback(string playbackId) => AriJson.Playback(RequirePlayback(playbackId));

    public void StopPlayback(string playbackId)
    {
        var playback = RequirePlayback(playbackId);
        if (string.Equals(playback.State, "queued", StringComparison.Ordinal))
        {
            _playbacks.Remove(playback);
            playback.Channel?.QueuedPlaybacks.Remove(playback);
            playback.Bridge?.QueuedPlaybacks.Remove(playback);
            return;
        }

        if (UnstoppableSchemes.Any(s => playback.CurrentMedia.StartsWith(s, StringComparison.Ordinal)))
        {
            // Transcript 18: 500, and the playback plays on to its end (then PlaybackFinished done).
            throw new SimAriError(500, "Could not stop playback");
        }

        FinishPlayback(playback, "done");
    }

    public void ControlPlayback(string playbackId, string? operation)
    {
        var playback = RequirePlayback(playbackId);
        if (operation is not ("restart" or "pause" or "unpause" or "reverse" or "forward"))
        {
            throw new SimAriError(400, "Invalid operation " + operation);
        }

        if (!string.Equals(playback.State, "playing", StringComparison.Ordinal))
        {
            throw new SimAriError(409, "Can not " + operation + " a playback that is not playing");
        }
    }

    private SimPlayback RequirePlayback(string playbackId) =>
        _playbacks.LastOrDefault(p => string.Equals(p.Id, playbackId, StringComparison.Ordinal))
        ?? throw new SimAriError(404, "Playback not found");

    private SimPlayback NewPlayback(string? media, string? playbackId, string language, SimChannel? channel, SimBridge? bridge)
    {
        if (string.IsNullOrEmpty(media))
        {
            throw new SimAriError(500, "Failed to queue media for playback");
        }

        var id = string.IsNullOrEmpty(playbackId) ? Guid.NewGuid().ToString() : playbackId;
        var playback = new SimPlayback(id, media.Split(','), language, channel, bridge);
        _playbacks.Add(playback);
        return playback;
    }

    private void StartPlayback(SimPlayback playback)
    {
        if (playback.Channel is { } channel)
        {
            channel.CurrentPlayback = playback;
        }
        else
        {
            playback.Bridge!.CurrentPlayback = playback;
        }

        PlayCurrentMedia(playback);
    }

    private void PlayCurrentMedia(SimPlayback playback)
    {
        playback.State = "playing";
        EmitPlayback("PlaybackStarted", playback);
        NoteMediaHeard(playback);
        AudioChangedFor(playback);
        var media = playback.CurrentMedia;
        if (_options.MissingMedia.Contains(media))
        {
            FinishPlayback(playback, "failed");
            return;
        }

        if (!KnownSchemes.Any(s => media.StartsWith(s, StringComparison.Ordinal)))
        {
            // Transcript 13: an unknown scheme is Started and never Finished; the queue goes on.
            DetachPlayback(playback);
            return;
        }

        var duration = _options.MediaDurations.TryGetValue(media, out var known) ? known : _options.DefaultMediaDuration;
        playback.Timer = Schedule(duration, () => MediaEnded(playback));
    }

    private void MediaEnded(SimPlayback playback)
    {
        if (playback.NextMedia is null)
        {
            FinishPlayback(playback, "done");
            return;
        }

        playback.State = "continuing";
        EmitPlayback("PlaybackContinuing", playback);
        playback.Index++;
        PlayCurrentMedia(playback);
    }

    private void FinishPlayback(SimPlayback playback, string state)
    {
        playback.Timer?.Cancel();
        playback.State = state;
        EmitPlayback("PlaybackFinished", playback);
        DetachPlayback(playback);
    }

    /// <summary>Removes a started playback from its target and starts the next one (or the DTMF waiting for it).</summary>
    private void DetachPlayback(SimPlayback playback)
    {
        _playbacks.Remove(playback);
        if (playback.Channel is { } channel)
        {
            if (channel.CurrentPlayback != playback)
            {
                return;
            }

            channel.CurrentPlayback = null;
            AudioChanged(channel);
            if (channel.QueuedPlaybacks.Count > 0 && !channel.HangupStarted)
            {
                var next = channel.QueuedPlaybacks[0];
                channel.QueuedPlaybacks.RemoveAt(0);
                StartPlayback(next);
            }
            else
            {
                SendPendingDtmf(channel);
            }

            return;
        }

        var bridge = playback.Bridge!;
        if (bridge.CurrentPlayback != playback)
        {
            return;
        }

        bridge.CurrentPlayback = null;
        if (bridge.QueuedPlaybacks.Count > 0 && !bridge.Destroyed)
        {
            var next = bridge.QueuedPlaybacks[0];
            bridge.QueuedPlaybacks.RemoveAt(0);
            StartPlayback(next);
        }
    }

    private void EmitPlayback(string type, SimPlayback playback)
    {
        var ev = NewEvent(type);
        ev["playback"] = AriJson.Playback(playback);
        Emit(AppsOfTarget(playback.Channel, playback.Bridge), ev);
    }

    /// <summary>The outside party (caller, phone) hears what is played to its channel or to a bridge it is in.</summary>
    private static void NoteMediaHeard(SimPlayback playback)
    {
        var channels = playback.Channel is { } channel ? [channel] : playback.Bridge!.Channels.ToList();
        foreach (var target in channels)
        {
            if (target.Peer?.External is { } party)
            {
                party.MediaHeard.Add(playback.CurrentMedia);
            }
        }
    }

    private void StopBridgeMedia(SimBridge bridge)
    {
        foreach (var queued in bridge.QueuedPlaybacks)
        {
            _playbacks.Remove(queued);
        }

        bridge.QueuedPlaybacks.Clear();
        if (bridge.CurrentPlayback is { } playback)
        {
            FinishPlayback(playback, "done");
        }

        if (bridge.Recording is { } recording)
        {
            FinishRecording(recording, keep: true);
        }
    }
}

using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>The <c>/playbacks</c> and <c>/recordings</c> operations.</summary>
internal sealed partial class AriRouter
{
    private void AddPlaybackAndRecordingRoutes()
    {
        Add("GET", "playbacks/{id}", r => AriResult.Ok(_core.GetPlayback(r.Path("id"))));
        Add("DELETE", "playbacks/{id}", r => Done(() => _core.StopPlayback(r.Path("id"))));
        Add("POST", "playbacks/{id}/control", r => Done(() => _core.ControlPlayback(r.Path("id"), r.Text("operation"))));

        Add("GET", "recordings/stored", _ => AriResult.Ok(
            new JsonArray(_core.StoredRecordings.Select(s => (JsonNode?)AriJson.StoredRecording(s)).ToArray())));
        Add("GET", "recordings/stored/{name}", r => AriResult.Ok(AriJson.StoredRecording(_core.RequireStored(r.Path("name")))));
        Add("DELETE", "recordings/stored/{name}", r => Done(() => _core.DeleteStored(r.Path("name"))));
        Add("GET", "recordings/stored/{name}/file", r => StoredFile(_core.RequireStored(r.Path("name"))));
        Add("POST", "recordings/stored/{name}/copy", r => AriResult.Ok(_core.CopyStored(r.Path("name"), r.Text("destinationRecordingName"))));
        Add("GET", "recordings/live/{name}", r => AriResult.Ok(_core.GetLiveRecording(r.Path("name"))));
        Add("DELETE", "recordings/live/{name}", r => Done(() => _core.StopLiveRecording(r.Path("name"), keep: false)));
        Add("POST", "recordings/live/{name}/stop", r => Done(() => _core.StopLiveRecording(r.Path("name"), keep: true)));
        Add("POST", "recordings/live/{name}/pause", r => Done(() => _core.PauseLiveRecording(r.Path("name"), paused: true)));
        Add("DELETE", "recordings/live/{name}/pause", r => Done(() => _core.PauseLiveRecording(r.Path("name"), paused: false)));
        Add("POST", "recordings/live/{name}/mute", r => Done(() => _core.RequireLiveRecording(r.Path("name"))));
        Add("DELETE", "recordings/live/{name}/mute", r => Done(() => _core.RequireLiveRecording(r.Path("name"))));
    }

    /// <summary>A silent 8 kHz 16-bit mono WAV file of the recording's length.</summary>
    private static AriResult StoredFile(StoredRecording stored)
    {
        var dataLength = stored.DurationSeconds * 8000 * 2;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.ASCII, leaveOpen: true))
        {
            writer.Write("RIFF"u8);
            writer.Write(36 + dataLength);
            writer.Write("WAVEfmt "u8);
            writer.Write(16);
            writer.Write((short)1);
            writer.Write((short)1);
            writer.Write(8000);
            writer.Write(16000);
            writer.Write((short)2);
            writer.Write((short)16);
            writer.Write("data"u8);
            writer.Write(dataLength);
            writer.Write(new byte[dataLength]);
        }

        return new AriResult(200, null) { Raw = stream.ToArray(), ContentType = "audio/wav" };
    }
}

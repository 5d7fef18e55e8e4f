using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>The <c>/channels</c> operations (api-docs/channels.json).</summary>
internal sealed partial class AriRouter
{
    private void AddChannelRoutes()
    {
        Add("GET", "channels", _ => AriResult.Ok(new JsonArray(_core.LiveChannels.Select(c => (JsonNode?)AriJson.Channel(c)).ToArray())));
        Add("POST", "channels", r => AriResult.Ok(_core.Originate(Originate(r, r.Text("channelId")))));
        Add("POST", "channels/create", r => AriResult.Ok(_core.Create(Originate(r, r.Text("channelId")))));
        Add("GET", "channels/{id}", r => AriResult.Ok(_core.ChannelJson(r.Path("id"))));
        Add("POST", "channels/{id}", r => AriResult.Ok(_core.Originate(Originate(r, r.Path("id")))));
        Add("DELETE", "channels/{id}", r =>
        {
            _core.HangupFromRest(r.Path("id"), r.Text("reason"), r.Text("reason_code"));
            return AriResult.NoContent;
        });
        Add("POST", "channels/{id}/continue", r => Done(() => _core.Continue(r.Path("id"))));
        Add("POST", "channels/{id}/answer", r => Done(() => _core.Answer(r.Path("id"))));
        Add("POST", "channels/{id}/ring", r => Done(() => _core.Ring(r.Path("id"), start: true)));
        Add("DELETE", "channels/{id}/ring", r => Done(() => _core.Ring(r.Path("id"), start: false)));
        Add("POST", "channels/{id}/progress", r => Done(() => _core.ChannelControl(r.Path("id"), "progress", start: true)));
        foreach (var control in new[] { "mute", "hold", "moh", "silence" })
        {
            Add("POST", "channels/{id}/" + control, r => Done(() => _core.ChannelControl(r.Path("id"), control, start: true)));
            Add("DELETE", "channels/{id}/" + control, r => Done(() => _core.ChannelControl(r.Path("id"), control, start: false)));
        }

        Add("POST", "channels/{id}/dial", r => Done(() => _core.Dial(r.Path("id"), r.Text("caller"), r.Int("timeout", 0))));
        Add("GET", "channels/{id}/variable", r => AriResult.Ok(new JsonObject { ["value"] = _core.GetVariable(r.Path("id"), r.Text("variable")) }));
        Add("POST", "channels/{id}/variable", r => Done(() => _core.SetVariableFromRest(r.Path("id"), r.Text("variable"), r.Text("value"))));
        Add("GET", "channels/{id}/variables", r => AriResult.Ok(_core.GetVariables(r.Path("id"), r.Text("variables"))));
    }

    private void AddChannelMediaRoutes()
    {
        Add("POST", "channels/{id}/play", r => AriResult.Created(
            _core.PlayOnChannel(r.Path("id"), r.Text("media"), r.Text("playbackId"), r.Text("lang"))));
        Add("POST", "channels/{id}/play/{playbackId}", r => AriResult.Created(
            _core.PlayOnChannel(r.Path("id"), r.Text("media"), r.Path("playbackId"), r.Text("lang"))));
        Add("POST", "channels/{id}/record", r => AriResult.Created(_core.RecordChannel(r.Path("id"), RecordParameters(r))));
        Add("POST", "channels/{id}/dtmf", r => Done(() => _core.SendDtmfFromRest(
            r.Path("id"), r.Text("dtmf"), r.Int("before", 0), r.Int("between", 100), r.Int("duration", 100))));
    }

    private static SimOriginateRequest Originate(AriRequest request, string? channelId) => new()
    {
        Endpoint = request.Text("endpoint"),
        App = request.Text("app"),
        AppArgs = request.Text("appArgs"),
        CallerId = request.Text("callerId"),
        Timeout = request.Int("timeout", 30),
        ChannelId = channelId,
        OtherChannelId = request.Text("otherChannelId"),
        Context = request.Text("context"),
        Extension = request.Text("extension"),
        Priority = request.Int("priority", 1),
        Variables = request.Object("variables"),
    };

    private static AriResult Done(Action action)
    {
        action();
        return AriResult.NoContent;
    }
}

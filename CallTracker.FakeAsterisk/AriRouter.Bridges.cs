using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>The <c>/bridges</c> operations (api-docs/bridges.json).</summary>
internal sealed partial class AriRouter
{
    private void AddBridgeRoutes()
    {
        Add("GET", "bridges", _ => AriResult.Ok(new JsonArray(_core.Bridges.Select(b => (JsonNode?)AriJson.Bridge(b)).ToArray())));
        Add("POST", "bridges", r => AriResult.Ok(_core.CreateBridge(r.Text("type"), r.Text("bridgeId"), r.Text("name"))));
        Add("POST", "bridges/{id}", r => AriResult.Ok(_core.CreateBridge(r.Text("type"), r.Path("id"), r.Text("name"))));
        Add("GET", "bridges/{id}", r => AriResult.Ok(AriJson.Bridge(_core.RequireBridge(r.Path("id")))));
        Add("DELETE", "bridges/{id}", r => Done(() => _core.DestroyBridge(r.Path("id"))));
        Add("POST", "bridges/{id}/addChannel", r => Done(() => _core.AddToBridge(r.Path("id"), r.Text("channel"))));
        Add("POST", "bridges/{id}/removeChannel", r => Done(() => _core.RemoveFromBridge(r.Path("id"), r.Text("channel"))));
        Add("POST", "bridges/{id}/moh", r => Done(() => _core.StartBridgeMoh(r.Path("id"))));
        Add("DELETE", "bridges/{id}/moh", r => Done(() => _core.StopBridgeMoh(r.Path("id"))));
        Add("POST", "bridges/{id}/play", r => AriResult.Created(
            _core.PlayOnBridge(r.Path("id"), r.Text("media"), r.Text("playbackId"), r.Text("lang"))));
        Add("POST", "bridges/{id}/play/{playbackId}", r => AriResult.Created(
            _core.PlayOnBridge(r.Path("id"), r.Text("media"), r.Path("playbackId"), r.Text("lang"))));
        Add("POST", "bridges/{id}/record", r => AriResult.Created(_core.RecordBridge(r.Path("id"), RecordParameters(r))));
    }
}

using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>The <c>/applications</c> and <c>/asterisk</c> operations.</summary>
internal sealed partial class AriRouter
{
    private void AddApplicationAndAsteriskRoutes()
    {
        Add("GET", "applications", _ => AriResult.Ok(_core.ListApplications()));
        Add("GET", "applications/{name}", r => AriResult.Ok(_core.GetApplication(r.Path("name"))));
        Add("POST", "applications/{name}/subscription", r => AriResult.Ok(
            _core.ChangeSubscription(r.Path("name"), r.Text("eventSource"), subscribe: true)));
        Add("DELETE", "applications/{name}/subscription", r => AriResult.Ok(
            _core.ChangeSubscription(r.Path("name"), r.Text("eventSource"), subscribe: false)));
        Add("GET", "asterisk/info", _ => AriResult.Ok(Info()));
        Add("GET", "asterisk/ping", _ => AriResult.Ok(new JsonObject
        {
            ["ping"] = "pong",
            ["timestamp"] = AriJson.Timestamp(_core.Now),
            ["asterisk_id"] = AsteriskCore.AsteriskId,
        }));
    }

    /// <summary>The shape of transcript 01's <c>GET /asterisk/info</c>.</summary>
    private JsonObject Info()
    {
        var started = AriJson.Timestamp(_core.StartTime);
        return new JsonObject
        {
            ["build"] = new JsonObject
            {
                ["os"] = "Linux",
                ["kernel"] = "6.18.44-fc-v657",
                ["machine"] = "x86_64",
                ["options"] = "OPTIONAL_API",
                ["date"] = "2026-11-24 13:41:35 UTC",
                ["user"] = "root",
            },
            ["system"] = new JsonObject
            {
                ["version"] = "GIT-22-69535d4837",
                ["entity_id"] = AsteriskCore.AsteriskId,
            },
            ["config"] = new JsonObject
            {
                ["name"] = string.Empty,
                ["default_language"] = "en",
                ["setid"] = new JsonObject { ["user"] = string.Empty, ["group"] = string.Empty },
            },
            ["status"] = new JsonObject
            {
                ["startup_time"] = started,
                ["last_reload_time"] = started,
            },
        };
    }
}

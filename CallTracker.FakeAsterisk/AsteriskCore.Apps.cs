using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Stasis apps, their sockets and subscriptions, and event delivery.</summary>
internal sealed partial class AsteriskCore
{
    private SimApp App(string name)
    {
        if (!_apps.TryGetValue(name, out var app))
        {
            app = new SimApp(name);
            _apps[name] = app;
        }

        return app;
    }

    public bool IsAppActive(string name) => _apps.TryGetValue(name, out var app) && app.IsActive;

    public IReadOnlyList<SimApp> RegisteredApps => _apps.Values.Where(a => a.Registered).ToList();

    public SimApp? FindRegisteredApp(string name) => _apps.TryGetValue(name, out var app) && app.Registered ? app : null;

    /// <summary>
    /// A new <c>/ari/events</c> socket. An app has one socket at a time: an older one still open gets
    /// ApplicationReplaced and no more of that app's events, though Asterisk leaves it open (transcript 19).
    /// </summary>
    public void AddSocket(EventSocket socket, bool subscribeAll)
    {
        _openSockets.Add(socket);
        foreach (var name in socket.Apps)
        {
            var app = App(name);
            app.Registered = true;
            app.SubscribeAll |= subscribeAll;
            foreach (var replaced in app.Sockets.ToList())
            {
                app.Sockets.Remove(replaced);
                SendApplicationReplaced(replaced, name);
            }

            app.Sockets.Add(socket);
        }
    }

    public void RemoveSocket(EventSocket socket)
    {
        _openSockets.Remove(socket);
        foreach (var name in socket.Apps)
        {
            App(name).Sockets.Remove(socket);
        }
    }

    /// <summary>Every open event socket, also those whose apps were taken over by a newer one.</summary>
    public IReadOnlyList<EventSocket> AllSockets => [.. _openSockets];

    private void SendApplicationReplaced(EventSocket socket, string app)
    {
        var ev = NewEvent("ApplicationReplaced");
        ev["application"] = app;
        ev["asterisk_id"] = AsteriskId;
        socket.Enqueue(ev.ToJsonString());
        _sentEvents.Add(new SentEvent(app, "ApplicationReplaced", ev));
    }

    private void Subscribe(string appName, SimChannel channel)
    {
        channel.AppRefs[appName] = channel.AppRefs.GetValueOrDefault(appName) + 1;
        var app = App(appName);
        if (!app.ChannelOrder.Contains(channel))
        {
            app.ChannelOrder.Add(channel);
        }
    }

    private void Unsubscribe(string appName, SimChannel channel)
    {
        var refs = channel.AppRefs.GetValueOrDefault(appName) - 1;
        if (refs <= 0)
        {
            channel.AppRefs.Remove(appName);
            App(appName).ChannelOrder.Remove(channel);
        }
        else
        {
            channel.AppRefs[appName] = refs;
        }
    }

    private void Subscribe(string appName, SimBridge bridge)
    {
        bridge.AppRefs[appName] = bridge.AppRefs.GetValueOrDefault(appName) + 1;
        var app = App(appName);
        if (!app.BridgeOrder.Contains(bridge))
        {
            app.BridgeOrder.Add(bridge);
        }
    }

    private IEnumerable<string> SubscribeAllApps => _apps.Values.Where(a => a.SubscribeAll).Select(a => a.Name);

    private IEnumerable<string> AppsOf(SimChannel channel) =>
        channel.Hidden ? [] : channel.AppRefs.Where(r => r.Value > 0).Select(r => r.Key).Concat(SubscribeAllApps);

    private IEnumerable<string> AppsOf(SimBridge bridge) =>
        bridge.AppRefs.Where(r => r.Value > 0).Select(r => r.Key).Concat(SubscribeAllApps);

    private IEnumerable<string> AppsOfTarget(SimChannel? channel, SimBridge? bridge) =>
        channel is not null ? AppsOf(channel) : bridge is not null ? AppsOf(bridge) : [];

    /// <summary>Sends <paramref name="ev"/> (without <c>asterisk_id</c>/<c>application</c>) to each app's sockets, once per app.</summary>
    private void Emit(IEnumerable<string> apps, JsonObject ev)
    {
        foreach (var name in apps.Distinct(StringComparer.Ordinal))
        {
            if (!_apps.TryGetValue(name, out var app) || !app.IsActive)
            {
                continue;
            }

            var copy = (JsonObject)ev.DeepClone();
            copy["asterisk_id"] = AsteriskId;
            copy["application"] = name;
            var json = copy.ToJsonString();
            foreach (var socket in app.Sockets)
            {
                socket.Enqueue(json);
            }

            _sentEvents.Add(new SentEvent(name, (string)copy["type"]!, copy));
        }
    }

    private void EmitChannel(SimChannel channel, JsonObject ev)
    {
        ev["channel"] = AriJson.Channel(channel);
        Emit(AppsOf(channel), ev);
    }

    private void EmitChannelEvent(SimChannel channel, string type) => EmitChannel(channel, NewEvent(type));

    private void EmitVarset(SimChannel channel, string variable, string value)
    {
        var ev = new JsonObject { ["variable"] = variable, ["value"] = value };
        foreach (var field in NewEvent("ChannelVarset"))
        {
            ev[field.Key] = field.Value?.DeepClone();
        }

        EmitChannel(channel, ev);
    }

    private void EmitHangupRequest(SimChannel channel, int cause, bool soft)
    {
        var ev = new JsonObject { ["cause"] = cause };
        if (soft)
        {
            ev["soft"] = true;
        }

        foreach (var field in NewEvent("ChannelHangupRequest"))
        {
            ev[field.Key] = field.Value?.DeepClone();
        }

        EmitChannel(channel, ev);
    }

    private void EmitCallerId(SimChannel channel)
    {
        var ev = NewEvent("ChannelCallerId");
        ev["caller_presentation"] = 0;
        ev["caller_presentation_txt"] = "Presentation Allowed, Not Screened";
        EmitChannel(channel, ev);
    }

    private void EmitDialplan(SimChannel channel, int priority, string app, string data)
    {
        channel.Priority = priority;
        channel.AppName = app;
        channel.AppData = data;
        var ev = NewEvent("ChannelDialplan");
        ev["dialplan_app"] = app;
        ev["dialplan_app_data"] = data;
        EmitChannel(channel, ev);
    }

    private void SetState(SimChannel channel, string state)
    {
        if (string.Equals(channel.State, state, StringComparison.Ordinal))
        {
            return;
        }

        channel.State = state;
        EmitChannelEvent(channel, "ChannelStateChange");
        channel.Peer?.External?.NotifyState(state);
    }

    /// <summary>A Dial event about <paramref name="peer"/>, the dialled channel (the outgoing half).</summary>
    private void EmitDial(SimChannel peer, string status)
    {
        var ev = NewEvent("Dial");
        ev["dialstatus"] = status;
        ev["forward"] = string.Empty;
        var firstOfDial = peer.DialMode is DialMode.AriDial or DialMode.DialplanDial && status.Length == 0;
        ev["dialstring"] = peer.DialMode == DialMode.Originate || firstOfDial ? peer.DialString : string.Empty;
        if (peer.DialCaller is { } caller)
        {
            ev["caller"] = AriJson.Channel(caller);
        }

        ev["peer"] = AriJson.Channel(peer);

        // Transcripts 14b, 19: a dialplan Dial() is reported to the apps of the dialling channel as well.
        var apps = peer.DialMode == DialMode.DialplanDial && peer.DialCaller is { } dialler ? AppsOf(peer).Concat(AppsOf(dialler)) : AppsOf(peer);
        Emit(apps, ev);
    }

    private void EmitBridgeChannelEvent(string type, SimBridge bridge, SimChannel channel)
    {
        var ev = NewEvent(type);
        ev["bridge"] = AriJson.Bridge(bridge);
        ev["channel"] = AriJson.Channel(channel);

        // Only apps subscribed to the bridge: transcripts 05, 12, 13, 16 (the sim app, subscribed to the channel, gets none).
        Emit(AppsOf(bridge), ev);
    }
}

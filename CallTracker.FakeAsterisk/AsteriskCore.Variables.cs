using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Channel variables and the dialplan functions the recordings use (transcripts 06, 08, 13, 17).</summary>
internal sealed partial class AsteriskCore
{
    public string GetVariable(string channelId, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new SimAriError(400, "Variable name is required");
        }

        var channel = RequireChannel(channelId, "Provided channel was not found");
        if (name.Contains('(', StringComparison.Ordinal))
        {
            return ReadFunction(channel, name) ?? throw new SimAriError(500, "Unable to read provided function");
        }

        return channel.Variables.TryGetValue(name, out var value)
            ? value
            : throw new SimAriError(404, "Provided variable was not found");
    }

    public JsonObject GetVariables(string channelId, string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            throw new SimAriError(400, "Missing parameter variables");
        }

        var result = new JsonObject();
        foreach (var name in names.Split(','))
        {
            result[name] = GetVariable(channelId, name);
        }

        return new JsonObject { ["variables"] = result };
    }

    public void SetVariableFromRest(string channelId, string? name, string? value)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new SimAriError(400, "Variable name is required");
        }

        SetVariable(RequireChannel(channelId), name, value, emit: true);
    }

    /// <summary>Applies originate/create <c>variables</c>: <c>"NAME": "value"</c> or <c>{"value": ..., "report_events": ...}</c>.</summary>
    private void ApplyVariables(SimChannel channel, JsonObject? variables, bool emit)
    {
        if (variables is null)
        {
            return;
        }

        foreach (var (name, node) in variables)
        {
            var value = node switch
            {
                JsonObject wrapped => wrapped["value"]?.ToString() ?? string.Empty,
                null => string.Empty,
                _ => node.ToString(),
            };
            SetVariable(channel, name, value, emit);
        }
    }

    private void SetVariable(SimChannel channel, string name, string? value, bool emit)
    {
        var function = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var text = value ?? string.Empty;
        if (function.StartsWith("CALLERID(", StringComparison.Ordinal))
        {
            channel.Caller = function.StartsWith("CALLERID(NAME", StringComparison.Ordinal)
                ? channel.Caller with { Name = text }
                : function.StartsWith("CALLERID(ALL", StringComparison.Ordinal) ? PartyId.Parse(text) : channel.Caller with { Number = text };
            if (emit)
            {
                EmitCallerId(channel);
            }

            return;
        }

        if (function.StartsWith("CONNECTEDLINE(", StringComparison.Ordinal))
        {
            channel.Connected = function.StartsWith("CONNECTEDLINE(NAME", StringComparison.Ordinal)
                ? channel.Connected with { Name = text }
                : function.StartsWith("CONNECTEDLINE(ALL", StringComparison.Ordinal) ? PartyId.Parse(text) : channel.Connected with { Number = text };
            if (emit)
            {
                EmitChannelEvent(channel, "ChannelConnectedLine");
            }

            return;
        }

        if (value is null)
        {
            channel.Variables.Remove(name);
        }
        else
        {
            channel.Variables[name] = value;
        }

        if (emit)
        {
            EmitVarset(channel, name, text);
        }
    }

    private static string? ReadFunction(SimChannel channel, string name)
    {
        var function = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        return function.ToUpperInvariant() switch
        {
            "CALLERID(NUM)" or "CALLERID(NUMBER)" => channel.Caller.Number,
            "CALLERID(NAME)" => channel.Caller.Name,
            "CALLERID(ALL)" => "\"" + channel.Caller.Name + "\" <" + channel.Caller.Number + ">",
            "CONNECTEDLINE(NUM)" or "CONNECTEDLINE(NUMBER)" => channel.Connected.Number,
            "CONNECTEDLINE(NAME)" => channel.Connected.Name,
            "CHANNEL(NAME)" => channel.Name,
            "CHANNEL(STATE)" => channel.State,
            "CHANNEL(LANGUAGE)" => channel.Language,
            "CHANNEL(UNIQUEID)" or "UNIQUEID()" => channel.Id,
            "CHANNEL(PJSIP,REMOTE_ADDR)" when channel.Name.StartsWith("PJSIP/", StringComparison.Ordinal) => "127.0.0.1:5060",
            "PJSIP_HEADER(READ,FROM)" when channel.Name.StartsWith("PJSIP/", StringComparison.Ordinal) =>
                "\"" + channel.Caller.Name + "\" <sip:" + channel.Caller.Number + "@127.0.0.1>;tag=fake",
            _ => null,
        };
    }
}

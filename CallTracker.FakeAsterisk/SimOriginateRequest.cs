using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>The parameters of <c>POST /channels</c> and <c>POST /channels/create</c>.</summary>
internal sealed record SimOriginateRequest
{
    public string? Endpoint { get; init; }

    public string? App { get; init; }

    public string? AppArgs { get; init; }

    public string? CallerId { get; init; }

    public int Timeout { get; init; } = 30;

    public string? ChannelId { get; init; }

    public string? OtherChannelId { get; init; }

    public string? Context { get; init; }

    public string? Extension { get; init; }

    public int Priority { get; init; } = 1;

    public JsonObject? Variables { get; init; }

    public IReadOnlyList<string> Args => string.IsNullOrEmpty(AppArgs) ? [] : AppArgs.Split(',');

    /// <summary><c>app</c> or <c>app,args</c>: the Stasis application data shown in the dialplan.</summary>
    public string StasisData => string.IsNullOrEmpty(AppArgs) ? App ?? string.Empty : App + "," + AppArgs;
}

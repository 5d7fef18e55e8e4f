using CallTracker.Pbx.Calls;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web;

/// <summary>Everything the web page's call card shows, and the call's recording and voicemail for playback.</summary>
public static class CallCardApi
{
    public static IEndpointRouteBuilder MapCallCardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/calls/{id}/card", CardAsync);
        endpoints.MapGet("/api/calls/{id}/recording", (string id, ICallRepository calls, IOptions<RecordingOptions> options, CancellationToken ct) => AudioAsync(id, c => c.RecordingPath, calls, options.Value, ct));
        endpoints.MapGet("/api/calls/{id}/voicemail", (string id, ICallRepository calls, IOptions<RecordingOptions> options, CancellationToken ct) => AudioAsync(id, c => c.VoicemailPath, calls, options.Value, ct));
        return endpoints;
    }

    private static async Task<IResult> CardAsync(
        string id,
        ICallRepository calls,
        ICallEventRepository callEvents,
        ICallAttributionRepository attributions,
        ICallTagRepository tags,
        ICallTypeRepository callTypes,
        ITrackingSessionRepository sessions,
        CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(id, cancellationToken);
        if (call is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No call has that id.");
        }

        var attribution = await attributions.GetAsync(id, cancellationToken);
        var session = attribution?.SessionId is { } sessionId ? await sessions.GetAsync(sessionId, cancellationToken) : null;
        return Results.Json(new
        {
            call,
            types = await callTypes.GetAsync(id, cancellationToken),
            attribution,
            session,
            pages = session is null ? [] : await sessions.ListPagesAsync(session.Id, cancellationToken),
            events = await callEvents.ListForCallAsync(id, cancellationToken),
            tags = await tags.ListForCallAsync(id, cancellationToken),
            recordingUrl = call.RecordingPath is null ? null : $"/api/calls/{Uri.EscapeDataString(id)}/recording",
            voicemailUrl = call.VoicemailPath is null ? null : $"/api/calls/{Uri.EscapeDataString(id)}/voicemail",
        });
    }

    /// <summary>Serves only the file stored with the call, and only from inside the recordings folder, with range requests for seeking.</summary>
    private static async Task<IResult> AudioAsync(string id, Func<CallRow, string?> pathOf, ICallRepository calls, RecordingOptions options, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(id, cancellationToken);
        var path = call is null ? null : pathOf(call);
        if (path is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "The call has no such audio.");
        }

        var folder = Path.GetFullPath(options.AsteriskFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(folder, StringComparison.Ordinal) || !File.Exists(full))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "The audio file is not on this machine (Recordings:AsteriskFolder).");
        }

        return Results.File(full, "audio/wav", enableRangeProcessing: true);
    }
}

using System.Globalization;
using CallTracker.Pbx.Web.Health;
using CallTracker.Store.Repositories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallTracker.Pbx.Web;

/// <summary>The HTTP API's routes.</summary>
public static class CallTrackerApi
{
    private const int MaxListLimit = 500;

    public static IEndpointRouteBuilder MapCallTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthApi();
        endpoints.MapGet("/api/calls", ListCalls);
        endpoints.MapGet("/api/calls/{id}", GetCall);
        endpoints.MapTrackingApi();
        endpoints.MapCallbacksApi();
        endpoints.MapReportsApi();
        endpoints.MapWebhooksApi();
        endpoints.MapCallCardApi();
        endpoints.MapAdminPage();
        return endpoints;
    }

    private static async Task<IResult> ListCalls(HttpRequest request, ICallRepository calls, CancellationToken cancellationToken)
    {
        var limit = 50;
        var text = request.Query["limit"].ToString();
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxListLimit))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: $"limit must be a whole number from 1 to {MaxListLimit}.");
        }

        return Results.Json(await calls.ListRecentAsync(limit, cancellationToken));
    }

    private static async Task<IResult> GetCall(string id, ICallRepository calls, ICallEventRepository callEvents, ICallAttributionRepository attributions, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(id, cancellationToken);
        if (call is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No call has that id.");
        }

        return Results.Json(new
        {
            call,
            events = await callEvents.ListForCallAsync(id, cancellationToken),
            attribution = await attributions.GetAsync(id, cancellationToken),
        });
    }
}

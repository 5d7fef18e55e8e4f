using System.Globalization;
using System.Text.Json;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web;

/// <summary>Webhook delivery state: the endpoints with their counts, the deliveries, and one delivery with its body. Behind admin sign-in.</summary>
public static class WebhooksApi
{
    private const int MaxLimit = 500;

    private static readonly string[] States = [WebhookDeliveryStates.Pending, WebhookDeliveryStates.Delivered, WebhookDeliveryStates.Failed];

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/webhooks", SummaryAsync);
        endpoints.MapGet("/api/webhooks/deliveries", ListAsync);
        endpoints.MapGet("/api/webhooks/deliveries/{id:long}", GetAsync);
        return endpoints;
    }

    private static async Task<IResult> SummaryAsync(IWebhookOutboxRepository outbox, IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var configured = options.Value.Endpoints;
        var counts = (await outbox.CountByEndpointAsync(cancellationToken)).ToDictionary(c => c.Endpoint, StringComparer.OrdinalIgnoreCase);
        var endpoints = configured
            .Select(e => new WebhookEndpointSummary(e.Name, Shown(e.Url), e.Events, e.TimeoutSeconds, true, counts.GetValueOrDefault(e.Name)))
            .Concat(counts.Values
                .Where(c => !configured.Exists(e => string.Equals(e.Name, c.Endpoint, StringComparison.OrdinalIgnoreCase)))
                .Select(c => new WebhookEndpointSummary(c.Endpoint, null, null, null, false, c)));
        return Results.Json(new
        {
            endpoints,
            backlog = await outbox.GetBacklogAsync(cancellationToken),
            retry = new { options.Value.Retry.BaseDelayMs, options.Value.Retry.MaxDelayMs, options.Value.Retry.MaxAttempts, options.Value.Retry.MaxAgeHours },
        });
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IWebhookOutboxRepository outbox, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var state = Text(request, "state");
        if (state is not null)
        {
            state = States.FirstOrDefault(s => string.Equals(s, state, StringComparison.OrdinalIgnoreCase));
            if (state is null)
            {
                errors.Add($"state must be one of {string.Join(", ", States)}.");
            }
        }

        var limit = Number(request, "limit", 100, 1, MaxLimit, errors);
        var offset = Number(request, "offset", 0, 0, int.MaxValue, errors);
        if (errors.Count > 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: string.Join(" ", errors));
        }

        var query = new WebhookDeliveryQuery { State = state, Endpoint = Text(request, "endpoint"), CallId = Text(request, "callId"), Limit = limit, Offset = offset };
        return Results.Json(new { deliveries = await outbox.ListAsync(query, cancellationToken) });
    }

    private static async Task<IResult> GetAsync(long id, IWebhookOutboxRepository outbox, CancellationToken cancellationToken)
    {
        var delivery = await outbox.GetAsync(id, cancellationToken);
        if (delivery is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No webhook delivery has that id.");
        }

        using var payload = JsonDocument.Parse(delivery.PayloadJson ?? "null");
        return Results.Json(new { delivery = delivery with { PayloadJson = null }, payload = payload.RootElement.Clone() });
    }

    /// <summary>The address without user info or query, where a receiver may have put a token.</summary>
    private static string Shown(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path).Replace(uri.UserInfo + "@", "", StringComparison.Ordinal) : "";

    private static string? Text(HttpRequest request, string key) =>
        request.Query.TryGetValue(key, out var values) && values.ToString() is { Length: > 0 } text ? text : null;

    private static int Number(HttpRequest request, string key, int fallback, int min, int max, List<string> errors)
    {
        if (Text(request, key) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add($"{key} must be a whole number from {min} to {max}.");
            return fallback;
        }

        return value;
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CallTracker.Fakes;

/// <summary>The HTTP side: authentication, REST dispatch and the request log (transcript 13 for the error answers).</summary>
public sealed partial class FakeAsterisk
{
    private static readonly JsonSerializerOptions JsonOutput = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            var path = context.Request.Path.Value ?? "/";
            if (string.Equals(path, "/ari/events", StringComparison.Ordinal))
            {
                await HandleEventsAsync(context);
            }
            else if (path.StartsWith("/ari/", StringComparison.Ordinal))
            {
                await HandleRestAsync(context, path["/ari/".Length..]);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            lock (_core.Gate)
            {
                _core.RecordError(exception);
            }

            throw;
        }
    }

    private async Task HandleRestAsync(HttpContext context, string path)
    {
        var request = context.Request;
        string? body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        body = body.Length == 0 ? null : body;
        var queryText = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        _core.Options.WireTap?.RequestArrived(request.Method, request.Path.Value!, queryText);
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        AriResult result;
        if (!IsAuthenticated(request))
        {
            result = AriResult.Error(new SimAriError(401, "Authentication required"));
        }
        else
        {
            lock (_core.Gate)
            {
                try
                {
                    result = _router.Handle(request.Method, path, query, body);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    _core.RecordError(exception);
                    result = AriResult.Error(new SimAriError(500, "Internal Server Error"));
                }
            }
        }

        lock (_core.Gate)
        {
            _requests.Add(new RecordedRequest(request.Method, request.Path.Value!, queryText, body, result.Status));
        }

        await WriteAsync(context.Response, result, context.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, AriResult result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.Status;
        response.Headers.CacheControl = "no-cache, no-store";
        if (result.Status == 401)
        {
            response.Headers.WWWAuthenticate = "Basic realm=\"Asterisk REST Interface\"";
        }

        if (result.Raw is { } raw)
        {
            response.ContentType = result.ContentType;
            await response.Body.WriteAsync(raw, cancellationToken);
            return;
        }

        if (result.Body is null)
        {
            return;
        }

        response.ContentType = "application/json";
        await response.WriteAsync(result.Body.ToJsonString(JsonOutput), cancellationToken);
    }

    /// <summary>Basic authentication or <c>api_key=user:password</c>, as ari.conf users.</summary>
    private bool IsAuthenticated(HttpRequest request)
    {
        var expected = _core.Options.Username + ":" + _core.Options.Password;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                if (string.Equals(decoded, expected, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return request.Query.TryGetValue("api_key", out var apiKey) && string.Equals(apiKey.ToString(), expected, StringComparison.Ordinal);
    }
}

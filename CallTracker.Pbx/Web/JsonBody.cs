using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Web;

/// <summary>
/// Reads a small JSON body from an untrusted client: bounded in size whatever the headers claim, and every
/// failure answered with a status and a message instead of an exception.
/// </summary>
public static partial class JsonBody
{
    /// <summary>Visit parameters are a few URLs and short labels; anything bigger is not from our snippet.</summary>
    public const int MaxBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <returns>The value, or the error to answer with.</returns>
    /// <param name="logger">Gets client errors at Debug: they are the client's problem, and 1,000 of them must not fill the log.</param>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, ILogger logger, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // text/plain too: the snippet sends it so browsers skip the CORS preflight round trip.
        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && !mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send the body as application/json or text/plain JSON."));
        }

        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            // Malformed chunked framing, a body cut short: Kestrel's own words say which.
            LogUnreadableBody(logger, request.Path, e.Message);
            return (null, Invalid("The body could not be read: " + e.Message));
        }

        if (body is null)
        {
            return (null, TooLarge());
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, Options);
            return value is null ? (null, Invalid("The body is JSON null; send an object.")) : (value, null);
        }
        catch (JsonException e)
        {
            LogUnreadableBody(logger, request.Path, e.Message);
            return (null, Invalid("The body is not valid JSON for this request: " + e.Message));
        }
    }

    /// <summary>The body's bytes, or null when there are more than <see cref="MaxBytes"/> (chunked bodies carry no length to check first).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxBytes)
            {
                return null;
            }
        }

        return buffer[..length];
    }

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: $"The body may be at most {MaxBytes} bytes.");

    private static IResult Invalid(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed body", detail: detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client error on {Path}: {Problem}")]
    private static partial void LogUnreadableBody(ILogger logger, PathString path, string problem);
}

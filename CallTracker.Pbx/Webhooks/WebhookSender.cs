using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Webhooks;

/// <summary>Posts one delivery, signed, within its endpoint's timeout. Only the delivery worker calls it, never a call.</summary>
public sealed class WebhookSender(HttpClient http, TimeProvider time)
{
    /// <summary>As much of a refusing receiver's answer as the delivery's last error keeps.</summary>
    private const int ErrorBodyChars = 200;

    /// <summary>Throws OperationCanceledException only when <paramref name="stopping"/> is cancelled; every other failure is a result.</summary>
    public async Task<WebhookPostResult> PostAsync(WebhookEndpointOptions endpoint, WebhookDeliveryRow delivery, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(delivery);
        var body = Encoding.UTF8.GetBytes(delivery.PayloadJson ?? "");
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookHeaders.Event, delivery.Type);
        request.Headers.Add(WebhookHeaders.IdempotencyKey, delivery.EventId);
        request.Headers.Add(WebhookHeaders.Attempt, (delivery.Attempts + 1).ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Sign(endpoint.Secret, timestamp, body));

        using var timeout = new CancellationTokenSource(endpoint.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return WebhookPostResult.Taken(status);
            }

            var answer = await ReadStartAsync(response, linked.Token);
            return WebhookPostResult.NotTaken(status, $"HTTP {status} {response.ReasonPhrase}{(answer.Length > 0 ? ": " + answer : "")}");
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return WebhookPostResult.NotTaken(null, $"no answer within {endpoint.TimeoutSeconds} s");
        }
        catch (HttpRequestException e)
        {
            return WebhookPostResult.NotTaken(null, e.Message);
        }
    }

    private static async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[ErrorBodyChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read).ReplaceLineEndings(" ").Trim();
    }
}

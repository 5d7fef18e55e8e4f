using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>
/// A webhook receiver on Kestrel at 127.0.0.1, port 0: keeps every post it takes, answers what the test says (200, or
/// 503 while "down"), and can hang every request until released, as a stuck receiver does.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> taken = new();
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int status = StatusCodes.Status200OK;
    private volatile bool hanging;
    private int requests;
    private int waiting;

    private WebhookReceiver(WebApplication app)
    {
        this.app = app;
        app.MapPost("/hooks", ReceiveAsync);
    }

    public Uri Url => new(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/hooks");

    /// <summary>Posts answered 2xx, in the order they arrived.</summary>
    public IReadOnlyList<ReceivedWebhook> Taken => taken.ToArray();

    /// <summary>Every post that reached the receiver, taken or not.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Posts held right now by <see cref="Hang"/>.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        await receiver.app.StartAsync(cancellationToken);
        return receiver;
    }

    /// <summary>From now on answers every post with <paramref name="code"/> (503 while "down", 200 when back).</summary>
    public void AnswerWith(HttpStatusCode code) => status = (int)code;

    /// <summary>Holds every post from now on without answering, until <see cref="Release"/>.</summary>
    public void Hang() => hanging = true;

    public void Release()
    {
        hanging = false;
        released.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (hanging)
        {
            Interlocked.Increment(ref waiting);
            try
            {
                await released.Task.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref waiting);
            }
        }

        var answer = status;
        if (answer is >= 200 and < 300)
        {
            taken.Enqueue(new ReceivedWebhook(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
        }

        context.Response.StatusCode = answer;
        await context.Response.WriteAsync(answer < 300 ? "ok" : "down for maintenance", context.RequestAborted);
    }
}

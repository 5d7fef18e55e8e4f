using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using CallTracker.Pbx.Ari.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Ari;

/// <summary>
/// Keeps the /ari/events WebSocket open for the service's lifetime: one reader loop, reconnecting with capped,
/// jittered exponential backoff that resets after every successful open, and a reconcile after each reconnect.
/// </summary>
public sealed partial class AriEventSocket(
    IOptions<AriOptions> options,
    IAriEventSink sink,
    TimeProvider timeProvider,
    ILogger<AriEventSocket> logger) : BackgroundService
{
    private readonly AriOptions settings = options.Value;

    public AriConnectionState State { get; private set; } = AriConnectionState.Connecting;

    /// <summary>Times the socket has been opened; a test can wait for a reconnect by watching it grow.</summary>
    public int OpenCount { get; private set; }

    /// <summary>When the socket last opened (while Connected: connected since); null if it never has.</summary>
    public DateTimeOffset? LastOpenedAt { get; private set; }

    /// <summary>Why the socket last went down, and when; null while it never has.</summary>
    public (string Reason, DateTimeOffset At)? LastDrop { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var uri = EventsUri();
        var delay = TimeSpan.FromMilliseconds(settings.ReconnectMinDelayMs);
        LogConnecting(logger, uri, settings.AppName);
        while (!stoppingToken.IsCancellationRequested)
        {
            string reason;
            try
            {
                using var socket = new ClientWebSocket();
                socket.Options.SetRequestHeader("Authorization", AriClient.BasicAuthorization(settings).ToString());
                ConfigureKeepAlive(socket.Options);
                await ConnectAsync(socket, uri, stoppingToken);
                OpenCount++;
                delay = TimeSpan.FromMilliseconds(settings.ReconnectMinDelayMs);
                SetState(AriConnectionState.Connected, null);
                sink.OnConnected(OpenCount);
                reason = await ReadUntilClosedAsync(socket, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (WebSocketException e)
            {
                reason = e.InnerException?.Message ?? e.Message;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
            {
                // A keep-alive PING that got no PONG in time aborts the socket under the pending receive.
                reason = e.Message;
            }

            SetState(AriConnectionState.Disconnected, reason, delay);
            try
            {
                await Task.Delay(Jitter(delay), timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, settings.ReconnectMaxDelayMs));
        }

        SetState(AriConnectionState.Stopped, null);
    }

    /// <summary>A server that accepts the TCP connection and never answers the upgrade must not hold the service forever.</summary>
    private async Task ConnectAsync(ClientWebSocket socket, Uri uri, CancellationToken stoppingToken)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deadline.Token);
        try
        {
            await socket.ConnectAsync(uri, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new WebSocketException($"no answer to the WebSocket upgrade within {settings.RequestTimeoutSeconds} s");
        }
    }

    /// <summary>
    /// With only <see cref="ClientWebSocketOptions.KeepAliveInterval"/> set, .NET sends unsolicited PONGs, and Asterisk 22
    /// dereferences a NULL client on an unsolicited PONG and crashes. With a timeout as well, .NET sends PINGs instead and
    /// aborts the socket when no PONG comes back, so a half-open connection is noticed and reconnected.
    /// </summary>
    private void ConfigureKeepAlive(ClientWebSocketOptions socketOptions)
    {
        socketOptions.KeepAliveInterval = TimeSpan.FromSeconds(settings.KeepAliveSeconds);
        socketOptions.KeepAliveTimeout = TimeSpan.FromSeconds(settings.KeepAliveTimeoutSeconds);
    }

    private async Task<string> ReadUntilClosedAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await socket.ReceiveAsync(message.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Asterisk never closes the socket cleanly on its own; a close means a restart or a proxy, so it is a drop.
                return $"Asterisk closed the event socket ({socket.CloseStatus} {socket.CloseStatusDescription})";
            }

            message.Advance(result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            Dispatch(message.WrittenSpan);
            message.ResetWrittenCount();
        }
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        try
        {
            var decoded = AriEventDecoder.Decode(json, out var type);
            if (decoded is null)
            {
                LogIgnoredType(logger, type);
                return;
            }

            if (decoded is ApplicationReplacedEvent)
            {
                LogReplaced(logger, settings.AppName);
                return;
            }

            sink.OnEvent(decoded);
        }
        catch (JsonException e)
        {
            LogUndecodable(logger, e.Message, System.Text.Encoding.UTF8.GetString(json[..Math.Min(json.Length, 500)]));
        }
    }

    private void SetState(AriConnectionState state, string? reason, TimeSpan retryIn = default)
    {
        var previous = State;
        State = state;
        if (state == AriConnectionState.Connected)
        {
            LastOpenedAt = timeProvider.GetUtcNow();
            LogConnected(logger, settings.AppName, OpenCount);
        }
        else if (state == AriConnectionState.Disconnected && previous != AriConnectionState.Disconnected)
        {
            LastDrop = (reason ?? "", timeProvider.GetUtcNow());
            LogDisconnected(logger, EventsUri(), reason ?? "", retryIn.TotalSeconds);
        }
        else if (state == AriConnectionState.Disconnected)
        {
            LogStillDisconnected(logger, reason ?? "", retryIn.TotalSeconds);
        }
    }

    private Uri EventsUri()
    {
        var builder = new UriBuilder(new Uri(AriClient.BaseUri(settings), "ari/events"));
        builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        builder.Query = "app=" + Uri.EscapeDataString(settings.AppName) + "&subscribeAll=false";
        return builder.Uri;
    }

    private static TimeSpan Jitter(TimeSpan delay) =>
        TimeSpan.FromMilliseconds(delay.TotalMilliseconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Connecting to the ARI event socket {Uri} for Stasis app {App}")]
    private static partial void LogConnecting(ILogger logger, Uri uri, string app);

    [LoggerMessage(Level = LogLevel.Information, Message = "ARI event socket connected: Stasis app {App} is registered (open #{OpenCount})")]
    private static partial void LogConnected(ILogger logger, string app, int openCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ARI event socket {Uri} is down: {Reason}. Calls meanwhile follow the dialplan fallback. Retrying in {RetrySeconds:0.#} s")]
    private static partial void LogDisconnected(ILogger logger, Uri uri, string reason, double retrySeconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "ARI still unreachable: {Reason}. Retrying in {RetrySeconds:0.#} s")]
    private static partial void LogStillDisconnected(ILogger logger, string reason, double retrySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Another connection registered Stasis app {App} on this Asterisk and now gets its calls; this service hears nothing more of them. Is a second CallTracker running with the same Ari:AppName?")]
    private static partial void LogReplaced(ILogger logger, string app);

    [LoggerMessage(Level = LogLevel.Debug, Message = "ARI event {Type} is not one we use; dropped")]
    private static partial void LogIgnoredType(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "ARI event could not be decoded ({Problem}): {Json}")]
    private static partial void LogUndecodable(ILogger logger, string problem, string json);
}

using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CallTracker.Fakes;

/// <summary>
/// The event socket's connection: the upgrade, the client's control frames (PING, unsolicited PONG) and the switches a
/// test uses to simulate a network outage or a half-open socket.
/// </summary>
public sealed partial class FakeAsterisk
{
    private int _unsolicitedPongs;
    private int _pingsReceived;
    private bool _answersPings = true;
    private bool _acceptsEventSockets = true;

    /// <summary>
    /// Whether <c>/ari/events</c> connections are accepted; false drops each attempt before the upgrade, so a test
    /// can keep a client disconnected while something happens (a phone answers), then let it back in.
    /// </summary>
    public bool AcceptsEventSockets
    {
        get => Volatile.Read(ref _acceptsEventSockets);
        set => Volatile.Write(ref _acceptsEventSockets, value);
    }

    /// <summary>PONG frames a client sent although the fake had sent no PING; each dropped its connection (ARI README).</summary>
    public int UnsolicitedPongs => Volatile.Read(ref _unsolicitedPongs);

    /// <summary>PING frames clients sent on event sockets.</summary>
    public int PingsReceived => Volatile.Read(ref _pingsReceived);

    /// <summary>Whether PINGs are answered with a PONG, as Asterisk does; false simulates a half-open socket.</summary>
    public bool AnswersPings
    {
        get => Volatile.Read(ref _answersPings);
        set => Volatile.Write(ref _answersPings, value);
    }

    /// <summary>
    /// The upgrade done by hand: the server WebSocket of ASP.NET answers and hides control frames, and the fake must
    /// see the client's PINGs and PONGs (<see cref="ClientFrameFilter"/>). No keep-alive of its own: Asterisk sends none.
    /// </summary>
    private async Task<WebSocket> AcceptAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>()
            ?? throw new InvalidOperationException("Kestrel offers no HTTP/1.1 upgrade for this request.");
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = AcceptKey(context.Request.Headers.SecWebSocketKey.ToString());
        var stream = await upgrade.UpgradeAsync();
        var hooks = new ClientFrameHooks(
            () =>
            {
                Interlocked.Increment(ref _pingsReceived);
                return AnswersPings;
            },
            () =>
            {
                Interlocked.Increment(ref _unsolicitedPongs);
                context.Abort();
            });
        return WebSocket.CreateFromStream(
            new ClientFrameFilter(stream, hooks),
            new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6455 fixes SHA-1 for the handshake; nothing secret is hashed.")]
    private static string AcceptKey(string key) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
}

using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallTracker.Fakes;

/// <summary>
/// A fake Asterisk 22 speaking ARI over HTTP and WebSocket on 127.0.0.1, built from the recordings in
/// <c>../shared/ari</c>: REST under <c>/ari/</c>, events under <c>/ari/events</c>, trunk calls and managers' phones
/// simulated inside.
/// </summary>
public sealed partial class FakeAsterisk : IAsyncDisposable
{
    private readonly AsteriskCore _core;
    private readonly AriRouter _router;
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Task> _socketHandlers = [];
    private readonly HttpSessionLimit _sessions;
    private bool _disposed;

    private FakeAsterisk(AsteriskCore core, WebApplication app, HttpSessionLimit sessions)
    {
        _core = core;
        _router = new AriRouter(core);
        _app = app;
        _sessions = sessions;
    }

    /// <summary>Connections closed unanswered because <see cref="FakeAsteriskOptions.SessionLimit"/> were open.</summary>
    public long RefusedSessions => _sessions.Refused;

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_core.Gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<SentEvent> SentEvents
    {
        get
        {
            lock (_core.Gate)
            {
                return _core.SentEvents;
            }
        }
    }

    public int ConnectedSockets
    {
        get
        {
            lock (_core.Gate)
            {
                return _core.ConnectedSockets;
            }
        }
    }

    public IReadOnlyList<string> StoredRecordings
    {
        get
        {
            lock (_core.Gate)
            {
                return _core.StoredRecordingNames;
            }
        }
    }

    public static async Task<FakeAsterisk> StartAsync(FakeAsteriskOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var sessions = new HttpSessionLimit(options.SessionLimit);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Use(sessions.Guard)));
        var app = builder.Build();
        var fake = new FakeAsterisk(new AsteriskCore(options), app, sessions);
        app.UseWebSockets();
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    /// <summary>
    /// Sets what the phone behind <paramref name="endpoint"/> does when dialled: a manager's (<c>PJSIP/101</c>) or a
    /// client's number rung through the trunk (<c>PJSIP/79161234567@trunk</c>); unset phones never answer.
    /// </summary>
    public void SetPhone(string endpoint, PhoneBehaviour behaviour)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(behaviour);
        lock (_core.Gate)
        {
            _core.SetPhone(endpoint, behaviour);
        }
    }

    /// <summary>
    /// A trunk call to <paramref name="trackingNumber"/>: <c>PJSIP/trunk-N</c> (Ring) runs <c>from-trunk</c> and enters
    /// <c>Stasis(app, inbound, trackingNumber)</c>; with no event socket of the app connected it is not delivered.
    /// </summary>
    public Task<FakeCaller> PlaceInboundCallAsync(string trackingNumber, string callerNumber, string? callerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trackingNumber);
        ArgumentNullException.ThrowIfNull(callerNumber);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            return Task.FromResult(_core.PlaceInboundCall(trackingNumber, callerNumber, callerName));
        }
    }

    /// <summary>
    /// A trunk call left behind by an app process that died (kill -9, transcript 19): it entered
    /// <c>Stasis(app, inbound, trackingNumber)</c> while that process was connected, so it is in Stasis, in state Ring,
    /// but the StasisStart went to the dead process: the sockets connected now never get one. A client finds it only
    /// through <c>GET /applications/{app}</c> or <c>GET /channels</c>; later events of the channel reach the app's socket.
    /// </summary>
    public Task<FakeCaller> PlaceStrandedCallAsync(string trackingNumber, string callerNumber, string? callerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trackingNumber);
        ArgumentNullException.ThrowIfNull(callerNumber);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            return Task.FromResult(_core.PlaceInboundCall(trackingNumber, callerNumber, callerName, stranded: true));
        }
    }

    /// <summary>The most recent leg dialled to <paramref name="endpoint"/>, or null.</summary>
    public FakePhone? FindPhoneLeg(string endpoint)
    {
        lock (_core.Gate)
        {
            return _core.FindPhoneLeg(endpoint);
        }
    }

    /// <summary>
    /// The leg dialled to <paramref name="endpoint"/> (by the app, or by the fallback dialplan): the latest one if
    /// there is one already, else the next.
    /// </summary>
    public Task<FakePhone> WaitForPhoneLegAsync(string endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Task<FakePhone> dialled;
        lock (_core.Gate)
        {
            dialled = _core.WaitForPhoneLeg(endpoint);
        }

        return dialled.WaitAsync(cancellationToken);
    }

    /// <summary>Aborts every <c>/ari/events</c> socket (no close frame); channels stay as they are.</summary>
    public async Task DropEventSocketsAsync(CancellationToken cancellationToken)
    {
        Task[] handlers;
        lock (_core.Gate)
        {
            foreach (var socket in _core.AllSockets)
            {
                _core.RemoveSocket(socket);
                socket.Abort();
            }

            handlers = [.. _socketHandlers];
        }

        await Task.WhenAll(handlers).WaitAsync(cancellationToken);
    }

    /// <summary>The id a channel of that name had, also once destroyed (for mapping recorded ids).</summary>
    internal string? ChannelIdByName(string name)
    {
        lock (_core.Gate)
        {
            return _core.ChannelIdByName(name);
        }
    }

    /// <summary>The name of every channel ever created, in order (for mapping recorded ids).</summary>
    internal IReadOnlyList<string> ChannelNamesEver()
    {
        lock (_core.Gate)
        {
            return _core.ChannelNamesEver;
        }
    }

    /// <summary>The channels and bridges a REST path acts on, as event streams (for the replay).</summary>
    internal IReadOnlyList<string> StreamsTouchedBy(string path)
    {
        lock (_core.Gate)
        {
            return _core.StreamsTouchedBy(path);
        }
    }

    /// <summary>Adds a stored recording, as if left on disk by an earlier run.</summary>
    internal void AddStoredRecording(string name, string format)
    {
        lock (_core.Gate)
        {
            _core.AddStoredRecording(name, format);
        }
    }

    /// <summary>Stops the server; re-throws what went wrong inside it (a fake bug, a forbidden use such as a double dial).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Task[] handlers;
        lock (_core.Gate)
        {
            _core.Stop();
            foreach (var socket in _core.AllSockets)
            {
                _core.RemoveSocket(socket);
                socket.Abort();
            }

            handlers = [.. _socketHandlers];
        }

        await Task.WhenAll(handlers);
        await _app.StopAsync();
        await _app.DisposeAsync();
        IReadOnlyList<Exception> errors;
        lock (_core.Gate)
        {
            errors = _core.Errors;
        }

        if (errors.Count == 1)
        {
            ExceptionDispatchInfo.Capture(errors[0]).Throw();
        }

        if (errors.Count > 1)
        {
            throw new AggregateException("The fake Asterisk hit errors while handling requests.", errors);
        }
    }
}

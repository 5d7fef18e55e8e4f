using System.Net.WebSockets;

namespace CallTracker.Tests.Fixtures;

/// <summary>Registers the Stasis app with a bare event socket, as the service does: Asterisk puts channels only into a registered app.</summary>
internal static class StasisApp
{
    public static async Task<ClientWebSocket> ConnectAsync(FakeAsterisk asterisk, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String("calltracker:secret"u8.ToArray()));
        await socket.ConnectAsync(new Uri($"ws://{asterisk.BaseUri.Authority}/ari/events?app=calltracker"), cancellationToken);
        return socket;
    }
}

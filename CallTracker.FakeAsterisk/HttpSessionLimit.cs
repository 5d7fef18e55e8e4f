using Microsoft.AspNetCore.Connections;

namespace CallTracker.Fakes;

/// <summary>
/// Asterisk's HTTP server holds at most http.conf's <c>sessionlimit</c> connections at once (100 unless set), event
/// sockets included, and closes any connection beyond that without an answer, logging "HTTP session count exceeded"
/// (<c>main/http.c</c>, <c>httpd_helper_thread</c>). A client that opens a connection per request in flight loses
/// requests once a hundred calls arrive together.
/// </summary>
internal sealed class HttpSessionLimit(int limit)
{
    private int open;
    private long refused;

    /// <summary>Connections closed unanswered because the limit was reached.</summary>
    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Kestrel connection middleware that counts every connection, WebSocket or not, for as long as it is open.</summary>
    public ConnectionDelegate Guard(ConnectionDelegate next) => async connection =>
    {
        try
        {
            if (Interlocked.Increment(ref open) > limit)
            {
                Interlocked.Increment(ref refused);
                connection.Abort();
                return;
            }

            await next(connection);
        }
        finally
        {
            Interlocked.Decrement(ref open);
        }
    };
}

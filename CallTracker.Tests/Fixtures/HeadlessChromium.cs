using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CallTracker.Tests.Fixtures;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol: navigate, run script in the page, read the answer.
/// .ci/run installs the package when it is missing.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        var executable = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new AssertionException("Headless Chromium is needed for the web page tests: apt-get install -y chromium (.ci/run does this).");
        var profile = Path.Combine(Path.GetTempPath(), "calltracker-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(executable, ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--user-data-dir={profile}", "about:blank"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var browser = new HeadlessChromium(Process.Start(start)!, profile);
        try
        {
            var endpoint = await browser.DevToolsEndpointAsync(cancellationToken);
            using var http = new HttpClient();
            var targets = await http.GetFromJsonAsync<JsonElement>(new Uri(endpoint, "/json/list"), cancellationToken);
            var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            await browser.socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await SendAsync("Page.navigate", new { url = url.ToString() }, cancellationToken);
        await Eventually.ThatAsync(async () => (await EvaluateAsync("document.readyState", cancellationToken)).GetString() == "complete", $"{url} loads", cancellationToken);
    }

    /// <summary>Runs <paramref name="expression"/> in the page (awaiting a promise) and returns its value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var reply = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, cancellationToken);
        if (reply.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new AssertionException($"The page threw on `{expression}`: {exception}");
        }

        return reply.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Polls <paramref name="condition"/>; while the page is between documents it may throw, which counts as not yet.</summary>
    public Task WaitForAsync(string condition, string what, CancellationToken cancellationToken) =>
        Eventually.ThatAsync(
            async () => (await EvaluateAsync($"(() => {{ try {{ return Boolean({condition}); }} catch {{ return false; }} }})()", cancellationToken)).ValueKind == JsonValueKind.True,
            what,
            cancellationToken);

    private async Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellationToken)
    {
        var id = ++nextId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        while (true)
        {
            using var reply = JsonDocument.Parse(await ReceiveAsync(cancellationToken));

            // Events and other answers pass by; only the answer to this command is returned.
            if (reply.RootElement.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
            {
                return reply.RootElement.TryGetProperty("error", out var error)
                    ? throw new AssertionException($"DevTools refused {method}: {error}")
                    : reply.RootElement.GetProperty("result").Clone();
            }
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Chromium prints "DevTools listening on ws://127.0.0.1:PORT/…" once its port is open.</summary>
    private async Task<Uri> DevToolsEndpointAsync(CancellationToken cancellationToken)
    {
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            const string Marker = "DevTools listening on ";
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var ws = new Uri(line[(at + Marker.Length)..].Trim());
                return new Uri($"http://{ws.Authority}");
            }
        }

        throw new AssertionException("Chromium exited before opening its DevTools port.");
    }

    public async ValueTask DisposeAsync()
    {
        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temp folder is cleaned eventually anyway.
        }
    }
}

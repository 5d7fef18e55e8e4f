using System.Diagnostics;

namespace CallTracker.Tests.Pbx.Web;

/// <summary>Runs the snippet's own tests (tracking.test.js, node:test with a DOM stub) so they are part of dotnet test.</summary>
public sealed class TrackingScriptTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task The_snippet_passes_its_node_tests(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Pbx", "Web");
        var start = new ProcessStartInfo("node", ["--test", "tracking.test.js"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process? node;
        try
        {
            node = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("Node.js is not installed; the snippet's tests need it.");
            return;
        }

        using (node)
        {
            var output = node!.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = node.StandardError.ReadToEndAsync(cancellationToken);
            await node.WaitForExitAsync(cancellationToken);

            Assert.That(node.ExitCode, Is.Zero, await output + await errors);
            Assert.That(await output, Does.Contain("# fail 0").And.Not.Contain("# pass 0"));
        }
    }
}

using System.Diagnostics;

namespace CallTracker.Benchmarks;

/// <summary>
/// A .NET program of the benchmarks' output folder run as its own process (<c>dotnet x.dll …</c>), so that its memory
/// and threads are its own: its output is drained and the last lines kept to explain a failure.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 30;
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(200);

    private readonly Process process;
    private readonly Queue<string> tail = new();

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    public string Name { get; private init; } = "";

    /// <summary>Resident memory now, as the kernel counts it (VmRSS on Linux).</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>CPU time the process has used so far, user and kernel.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The most resident memory the process has had (VmHWM on Linux).</summary>
    public long PeakResidentBytes
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>Runs <paramref name="assembly"/> (a file name in the benchmarks' output folder) with <c>dotnet</c> from the PATH.</summary>
    public static ChildProcess Start(string name, string assembly, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            // A pipe that closes when the benchmark ends, however it ends: the bare app stops on that.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(new Process { StartInfo = start }) { Name = name };
        child.process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Throws, with the last lines it wrote, if the process has ended.</summary>
    public void ThrowIfExited()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}. Its last lines:{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>
    /// Waits until the process uses under a tenth of a core over <see cref="QuietWindow"/>: what a round left behind
    /// (writing calls down, say) must not run into the next round, which may be another app's. After
    /// <paramref name="limit"/> it goes on regardless: a process kept busy is slow, not broken.
    /// </summary>
    public async Task WaitUntilQuietAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var before = CpuTime;
        while (watch.Elapsed < limit)
        {
            await Task.Delay(QuietWindow, cancellationToken);
            ThrowIfExited();
            var now = CpuTime;
            if (now - before < QuietWindow / 10)
            {
                return;
            }

            before = now;
        }
    }

    public string Tail()
    {
        lock (tail)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    /// <summary>Kills the process: what it leaves (its folder, its database) is thrown away with the run.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }
}

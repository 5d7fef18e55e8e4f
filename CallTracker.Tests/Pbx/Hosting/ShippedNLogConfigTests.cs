using NLog.Config;
using NLog.Targets;
using NLog.Targets.Wrappers;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class ShippedNLogConfigTests
{
    [Test]
    public void Shipped_log_file_is_bounded_in_size_and_count()
    {
        var config = new XmlLoggingConfiguration(Path.Combine(AppContext.BaseDirectory, "nlog.config"));

        var file = config.AllTargets.OfType<AsyncTargetWrapper>().Select(w => w.WrappedTarget).OfType<FileTarget>().Single();

        Assert.That((file.ArchiveAboveSize, file.MaxArchiveFiles), Is.EqualTo((20L * 1024 * 1024, 30)));
    }

    [Test]
    public void Shipped_log_targets_are_written_off_the_callers_thread_and_never_drop_a_line()
    {
        var config = new XmlLoggingConfiguration(Path.Combine(AppContext.BaseDirectory, "nlog.config"));

        var wrappers = config.AllTargets.OfType<AsyncTargetWrapper>().ToList();

        Assert.That(wrappers.Select(w => w.WrappedTarget?.Name), Is.EquivalentTo(new[] { "console_wrapped", "file_wrapped" }), "NLog names each wrapped target after it");
        Assert.That(wrappers.Select(w => w.OverflowAction), Has.All.EqualTo(AsyncTargetWrapperOverflowAction.Block));
    }
}

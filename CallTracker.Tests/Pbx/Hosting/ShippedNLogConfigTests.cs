using NLog.Config;
using NLog.Targets;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class ShippedNLogConfigTests
{
    [Test]
    public void Shipped_log_file_is_bounded_in_size_and_count()
    {
        var config = new XmlLoggingConfiguration(Path.Combine(AppContext.BaseDirectory, "nlog.config"));

        var file = config.AllTargets.OfType<FileTarget>().Single();

        Assert.That((file.ArchiveAboveSize, file.MaxArchiveFiles), Is.EqualTo((20L * 1024 * 1024, 30)));
    }
}

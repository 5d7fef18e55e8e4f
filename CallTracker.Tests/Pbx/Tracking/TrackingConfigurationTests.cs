using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Pbx.Hosting;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class TrackingConfigurationTests
{
    [Test]
    public void A_missing_tracking_file_stops_start_up_naming_the_file()
    {
        using var folder = new ServiceFolder(tracking: null);

        var error = Assert.Throws<ConfigurationFileException>(() => CallTrackerHost.Build([], folder.Path));

        Assert.That(error!.Message, Does.StartWith("tracking.json is missing"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Bad_tracking_values_stop_start_up_listing_each_key(CancellationToken cancellationToken)
    {
        var broken = ServiceFolder.ValidTracking
            .Replace("\"HoldMinutes\": 30", "\"HoldMinutes\": 5000", StringComparison.Ordinal)
            .Replace("\"Pool\": \"paid\"", "\"Pool\": \"nope\"", StringComparison.Ordinal);
        using var folder = new ServiceFolder(tracking: broken);
        await using var app = CallTrackerHost.Build([], folder.Path);

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(cancellationToken));

        Assert.That(error!.Failures, Has.Some.StartWith("tracking.json: Tracking:HoldMinutes 5000 is out of range"));
        Assert.That(error.Failures, Has.Some.StartWith("tracking.json: Tracking:Sites[0]:Rules[1]:Pool 'nope' is not the name of a pool"));
    }
}

using CallTracker.Pbx.Fallback;
using CallTracker.Tests.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Fallback;

public sealed class FallbackCallOptionsValidatorTests
{
    [Test]
    public void The_defaults_are_valid()
    {
        var result = new FallbackCallOptionsValidator().Validate(null, new FallbackCallOptions());

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Every_problem_is_listed_naming_file_and_key()
    {
        var options = new FallbackCallOptions { ScanMinutes = 0, CdrCsvPath = " " };

        var result = new FallbackCallOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "appsettings.json: FallbackCalls:ScanMinutes 0 is out of range (1 to 1440).",
            "appsettings.json: FallbackCalls:CdrCsvPath is empty; give cdr_csv's Master.csv, e.g. /var/log/asterisk/cdr-csv/Master.csv, or set Enabled to false.",
        }));
    }

    [Test]
    public void A_disabled_import_needs_no_path()
    {
        var result = new FallbackCallOptionsValidator().Validate(null, new FallbackCallOptions { Enabled = false, CdrCsvPath = "" });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_section_listed_as_known_but_invalid_stops_the_real_executable_with_code_2_naming_its_key(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(appSettings: ServiceFolder.AppSettings("http://127.0.0.1:9/").Replace(
            "\"Store\"", "\"FallbackCalls\": { \"ScanMinutes\": 0 }, \"Store\"", StringComparison.Ordinal));

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Not.Contain("FallbackCalls is not a"));
            Assert.That(run.StandardError, Does.Contain("appsettings.json: FallbackCalls:ScanMinutes 0 is out of range (1 to 1440)."));
        });
    }
}

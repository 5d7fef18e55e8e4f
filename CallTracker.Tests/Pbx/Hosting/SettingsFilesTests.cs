using System.Text.RegularExpressions;
using CallTracker.Pbx.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>The host, the benchmarks and the test folders all build from <see cref="SettingsFiles.Required"/>, so it must be what the host reads.</summary>
public sealed class SettingsFilesTests
{
    [Test]
    public void Host_reads_exactly_the_required_settings_files_in_their_order()
    {
        using var folder = new ServiceFolder();
        using var app = CallTrackerHost.Build([], folder.Path);

        var read = ((IConfigurationRoot)app.Configuration).Providers
            .OfType<JsonConfigurationProvider>()
            .Select(provider => Path.GetFileName(provider.Source.Path));

        Assert.That(read, Is.EqualTo(SettingsFiles.Required));
    }

    [TestCaseSource(typeof(SettingsFiles), nameof(SettingsFiles.Required))]
    public void A_missing_required_settings_file_stops_start_up_naming_it(string file)
    {
        using var folder = new ServiceFolder();
        File.Delete(Path.Combine(folder.Path, file));

        var error = Assert.Throws<ConfigurationFileException>(() => CallTrackerHost.Build([], folder.Path));

        Assert.That(error!.Message, Does.StartWith($"{file} is missing from {folder.Path}"));
    }

    [Test]
    public void The_build_ships_every_required_settings_file_beside_the_executable()
    {
        var missing = SettingsFiles.Required.Append(SettingsFiles.NLogConfig)
            .Where(file => !File.Exists(Path.Combine(AppContext.BaseDirectory, file)));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Install_script_keeps_every_required_settings_file_on_upgrade()
    {
        var script = File.ReadAllText(InstallScript());

        var preserved = Regex.Match(script, @"\$PreservedFiles = @\(([^)]*)\)").Groups[1].Value;

        Assert.That(SettingsFiles.Required.Where(file => !preserved.Contains($"'{file}'", StringComparison.Ordinal)), Is.Empty);
    }

    private static string InstallScript()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "install.ps1");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("No install.ps1 above " + TestContext.CurrentContext.TestDirectory);
    }
}

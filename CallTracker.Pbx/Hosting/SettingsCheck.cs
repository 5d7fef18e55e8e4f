using System.Xml;
using Microsoft.Extensions.Configuration;
using NLog;
using NLog.Config;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// Reads every settings file on its own before the service is built, so that one list names every problem in every
/// file: missing or broken JSON, misspelt sections and keys, wrongly typed values, and an unusable nlog.config.
/// </summary>
internal sealed class SettingsCheck
{
    private const string NLogFile = SettingsFiles.NLogConfig;

    private SettingsCheck(string folder) => Folder = folder;

    public string Folder { get; }

    public List<string> Problems { get; } = [];

    /// <summary>Sections with a shape problem: binding them would throw or silently drop entries, so their validators do not run.</summary>
    public HashSet<string> BrokenSections { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False when a file could not be read at all or the logging levels are wrong: the service cannot even be built then.</summary>
    public bool CanBuild { get; private set; } = true;

    public bool NLogUsable { get; private set; }

    public string NLogPath => Path.Combine(Folder, NLogFile);

    public static SettingsCheck Run(string folder)
    {
        var check = new SettingsCheck(folder);
        foreach (var file in SettingsFiles.Required)
        {
            check.CheckJsonFile(file);
        }

        check.CheckNLog();
        return check;
    }

    private void CheckJsonFile(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            Fail($"{file} is missing from {Folder}; the service reads its settings from there.");
            return;
        }

        IConfiguration content;
        try
        {
            content = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            Fail($"{file} ({path}) is not valid JSON: {e.InnerException?.Message ?? e.Message}");
            return;
        }

        foreach (var (section, problem) in ConfigurationShapeCheck.Check(file, content))
        {
            Problems.Add(problem);
            BrokenSections.Add(section);
            CanBuild &= !string.Equals(section, ConfiguredSections.Logging, StringComparison.OrdinalIgnoreCase);
        }
    }

    private void CheckNLog()
    {
        if (!File.Exists(NLogPath))
        {
            Problems.Add($"{NLogFile} is missing from {Folder}; without it the service would write no logs.");
            return;
        }

        var throwing = LogManager.ThrowConfigExceptions;
        try
        {
            LogManager.ThrowConfigExceptions = true;
            var config = new XmlLoggingConfiguration(NLogPath);
            if (config.AllTargets.Count == 0 || config.LoggingRules.Count == 0)
            {
                Problems.Add($"{NLogFile} ({NLogPath}) has no targets or no rules; the service would write no logs.");
                return;
            }

            NLogUsable = true;
        }
        catch (Exception e) when (e is NLogConfigurationException or XmlException or NLogRuntimeException)
        {
            Problems.Add($"{NLogFile} ({NLogPath}) cannot be read: {e.InnerException?.Message ?? e.Message}");
        }
        finally
        {
            LogManager.ThrowConfigExceptions = throwing;
        }
    }

    private void Fail(string problem)
    {
        Problems.Add(problem);
        CanBuild = false;
    }
}

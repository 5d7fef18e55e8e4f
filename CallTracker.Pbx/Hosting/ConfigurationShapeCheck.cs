using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// Binds strictly what the configuration binder binds leniently: it drops a list entry with one wrongly typed value,
/// takes "KZ" for an empty list, ignores unknown keys and misspelt sections. Each problem names the file and key.
/// </summary>
internal static class ConfigurationShapeCheck
{
    /// <summary>Problems in one file's own keys, each with the top-level section it is in.</summary>
    public static IReadOnlyList<(string Section, string Problem)> Check(string file, IConfiguration fileContent)
    {
        var problems = new List<(string, string)>();
        foreach (var section in fileContent.GetChildren())
        {
            var found = new List<string>();
            var known = ConfiguredSections.All.FirstOrDefault(s => string.Equals(s.Name, section.Key, StringComparison.OrdinalIgnoreCase));
            if (known is not null)
            {
                CheckValue(section, known.OptionsType, section.Key, found);
            }
            else if (string.Equals(section.Key, ConfiguredSections.Logging, StringComparison.OrdinalIgnoreCase))
            {
                CheckLogging(section, found);
            }
            else
            {
                var names = string.Join(", ", ConfiguredSections.All.Select(s => s.Name).Append(ConfiguredSections.Logging));
                found.Add($"'{section.Key}' is not a section CallTracker reads (sections: {names}).");
            }

            problems.AddRange(found.Select(p => (section.Key, $"{file}: {p}")));
        }

        return problems;
    }

    private static void CheckValue(IConfigurationSection section, Type type, string key, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var children = section.GetChildren().ToList();
        if (ScalarValue.IsScalar(target))
        {
            if (children.Count > 0)
            {
                problems.Add($"{key} must be a single value ({ScalarValue.Describe(target)}), not a list or an object.");
            }
            else if (!ScalarValue.TryConvert(section.Value, type))
            {
                problems.Add($"{key} '{section.Value}' is not {ScalarValue.Describe(target)}.");
            }

            return;
        }

        if (children.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            problems.Add($"{key} must be {Shape(target)}, not the single value '{section.Value}'.");
            return;
        }

        if (DictionaryValueType(target) is { } valueType)
        {
            children.ForEach(child => CheckValue(child, valueType, $"{key}:{child.Key}", problems));
        }
        else if (ListItemType(target) is { } itemType)
        {
            foreach (var child in children)
            {
                if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    problems.Add($"{key} must be a list [ ... ], but has the key '{child.Key}'.");
                    return;
                }

                CheckValue(child, itemType, $"{key}[{child.Key}]", problems);
            }
        }
        else
        {
            foreach (var child in children)
            {
                var property = target.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null || !property.CanWrite)
                {
                    var names = string.Join(", ", target.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name));
                    problems.Add($"{key}:{child.Key} is not a setting here (settings: {names}).");
                    continue;
                }

                CheckValue(child, property.PropertyType, $"{key}:{child.Key}", problems);
            }
        }
    }

    /// <summary>Logging:LogLevel:&lt;category&gt; = a level, the only shape the service reads from "Logging".</summary>
    private static void CheckLogging(IConfigurationSection logging, List<string> problems)
    {
        foreach (var child in logging.GetChildren())
        {
            if (!string.Equals(child.Key, "LogLevel", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{logging.Key}:{child.Key} is not a setting here (settings: LogLevel).");
                continue;
            }

            foreach (var category in child.GetChildren())
            {
                CheckValue(category, typeof(LogLevel), $"{logging.Key}:{child.Key}:{category.Key}", problems);
            }
        }
    }

    private static string Shape(Type type) =>
        DictionaryValueType(type) is not null ? "an object { \"name\": ... }"
        : ListItemType(type) is not null ? "a list [ ... ]"
        : "an object { ... }";

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;

    private static Type? ListItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;
}

using System.ComponentModel;
using System.Globalization;

namespace CallTracker.Pbx.Hosting;

/// <summary>The single values settings hold, converted as the configuration binder would but without its leniency.</summary>
internal static class ScalarValue
{
    public static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri);

    /// <summary>Null or empty is a value only for a string or a nullable setting; enums take their names, not numbers.</summary>
    public static bool TryConvert(string? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type);
        if (string.IsNullOrEmpty(value))
        {
            return type == typeof(string) || target is not null;
        }

        target ??= type;
        if (target.IsEnum)
        {
            return Enum.GetNames(target).Contains(value.Trim(), StringComparer.OrdinalIgnoreCase);
        }

        if (target == typeof(bool))
        {
            return bool.TryParse(value, out _);
        }

        if (target == typeof(int))
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        }

        if (target == typeof(long))
        {
            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        }

        try
        {
            return TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value) is not null;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return false;
        }
    }

    public static string Describe(Type type) =>
        type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(double) || type == typeof(decimal) ? "a number"
        : type == typeof(string) ? "text"
        : "a " + type.Name;
}

using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr.Tagging;

/// <summary>Checks "Ivr:Tagging" of menus.json at start-up alongside the menus, listing every problem at once with its key.</summary>
public sealed class TaggingOptionsValidator : IValidateOptions<IvrOptions>
{
    private const string File = IvrOptions.FileName;
    private const string Key = TaggingOptions.SectionName;
    private const int MaxCodeDigits = TaggingMenu.MaxCodeDigits;

    private readonly MediaCheck mediaCheck;

    public TaggingOptionsValidator(IPromptCatalog catalog) => mediaCheck = new MediaCheck(catalog);

    public ValidateOptionsResult Validate(string? name, IvrOptions options)
    {
        var errors = Validate(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>
    /// Every problem in <see cref="IvrOptions.Tagging"/>; empty when it is fit to run. A disabled menu is checked too, so that
    /// switching it on later cannot reveal old mistakes; only its lack of categories is allowed.
    /// </summary>
    public IReadOnlyList<string> Validate(IvrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tagging = options.Tagging;
        var errors = new List<string>();
        if (tagging.Enabled && tagging.Categories.Count == 0)
        {
            errors.Add($"{File}: {Key}:Categories is empty while Enabled is true; managers would have no code to enter.");
        }

        ValidateCategories(tagging.Categories, errors);
        ValidateRange("CodeTimeoutSeconds", tagging.CodeTimeoutSeconds, 1, 60, errors);
        ValidateRange("ValueTimeoutSeconds", tagging.ValueTimeoutSeconds, 1, 60, errors);
        ValidateRange("InterDigitTimeoutSeconds", tagging.InterDigitTimeoutSeconds, 1, 30, errors);
        ValidateRange("MaxAttempts", tagging.MaxAttempts, 1, 10, errors);
        foreach (var (prompt, media) in Prompts(tagging))
        {
            mediaCheck.Check(options.Language, $"{Key}:{prompt}", media, errors);
        }

        return errors;
    }

    private static void ValidateCategories(List<TagCategory> categories, List<string> errors)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            var key = $"{Key}:Categories:{i}";
            var category = categories[i];
            if (category.Code.Length is 0 or > MaxCodeDigits || !category.Code.All(char.IsAsciiDigit))
            {
                errors.Add($"{File}: {key}:Code '{category.Code}' is not 1 to {MaxCodeDigits} digits (0-9).");
            }
            else if (!used.TryAdd(category.Code, i))
            {
                errors.Add($"{File}: {key}:Code '{category.Code}' is already the code of Categories:{used[category.Code]}; each code names one category.");
            }

            if (string.IsNullOrWhiteSpace(category.Name))
            {
                errors.Add($"{File}: {key}:Name is empty; reports show it for the tag.");
            }

            if (category.DefaultValue < 0)
            {
                errors.Add($"{File}: {key}:DefaultValue {category.DefaultValue} is negative; a keypad can only enter 0 or more.");
            }
        }
    }

    private static IEnumerable<(string Name, List<string> Media)> Prompts(TaggingOptions tagging) =>
    [
        (nameof(tagging.CodePrompt), tagging.CodePrompt),
        (nameof(tagging.ValuePrompt), tagging.ValuePrompt),
        (nameof(tagging.InvalidPrompt), tagging.InvalidPrompt),
        (nameof(tagging.NoInputPrompt), tagging.NoInputPrompt),
        (nameof(tagging.ReadBackPrompt), tagging.ReadBackPrompt),
        (nameof(tagging.ConfirmPrompt), tagging.ConfirmPrompt),
        (nameof(tagging.SavedPrompt), tagging.SavedPrompt),
        (nameof(tagging.AnotherPrompt), tagging.AnotherPrompt),
        (nameof(tagging.GoodbyePrompt), tagging.GoodbyePrompt),
    ];

    private static void ValidateRange(string setting, int value, int min, int max, List<string> errors)
    {
        if (value < min || value > max)
        {
            errors.Add($"{File}: {Key}:{setting} {value} is out of range ({min} to {max}).");
        }
    }
}

using System.Text.RegularExpressions;

namespace Pulse.Maturity.Model;

/// <summary>Checks shared by the model's constructors and its reader, so a rule is written once.</summary>
internal static partial class Guard
{
    /// <summary>Ids become CSV column headers and JSON keys: lower-case letters, digits and '_', starting with a letter.</summary>
    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>Option values are typed by people in answer files: lower-case letters, digits and '_'.</summary>
    public static bool IsOptionValue(string? value) => value is not null && OptionValuePattern().IsMatch(value);

    public static string NotBlank(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{name} must not be blank.", name)
            : value;

    public static void ThrowIfAny(List<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            throw new ModelValidationException(what, problems);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionValuePattern();
}

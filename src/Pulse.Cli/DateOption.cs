using System.CommandLine;

namespace Pulse.Cli;

/// <summary>
/// Options that take a moment in time: a date (<c>2026-09-01</c>, meaning midnight UTC) or an
/// ISO-8601 timestamp (<c>2026-09-01T08:00:00+02:00</c>). Anything else is wrong usage (exit 2).
/// </summary>
public static class DateOption
{
    public static Option<DateTimeOffset?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (TryParse(text, out var value)) return value;
            result.AddError($"{name} '{text}' is not a date: {Pulse.Application.Moments.Expected}.");
            return null;
        },
    };

    public static bool TryParse(string text, out DateTimeOffset value) => Pulse.Application.Moments.TryParse(text, out value);
}

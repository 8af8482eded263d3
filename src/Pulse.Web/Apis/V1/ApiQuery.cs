using Microsoft.AspNetCore.Http.HttpResults;
using Pulse.Application;

namespace Pulse.Web.Apis.V1;

/// <summary>
/// Query parameters as the API reads them. They arrive as text and are read here, not by model
/// binding, so that unreadable input is a 400 that names the parameter instead of a bare 400.
/// </summary>
internal static class ApiQuery
{
    /// <summary>A moment (see <see cref="Moments"/>), absent when empty.</summary>
    public static bool TryMoment(string name, string? text, out DateTimeOffset? value, out ValidationProblem? problem)
    {
        (value, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Moments.TryParse(text.Trim(), out var moment))
        {
            value = moment;
            return true;
        }

        problem = ApiProblems.BadRequest($"{name} '{text}' is not a date: {Moments.Expected}.", name);
        return false;
    }

    /// <summary>A period's two ends, each optional; when both are given the first must come before the second.</summary>
    public static bool TryPeriod(string? fromText, string? toText, out DateTimeOffset? from, out DateTimeOffset? to, out ValidationProblem? problem)
    {
        to = null;
        if (!TryMoment("from", fromText, out from, out problem) || !TryMoment("to", toText, out to, out problem)) return false;
        if (from is { } start && to is { } end && start >= end)
        {
            problem = ApiProblems.BadRequest($"The period is empty: from ({fromText}) must come before to ({toText}).", "from", "to");
            return false;
        }

        return true;
    }

    /// <summary>A yes/no switch: absent or empty is no; true/false (or 1/0) otherwise.</summary>
    public static bool TryFlag(string name, string? text, out bool value, out ValidationProblem? problem)
    {
        (value, problem) = (false, null);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return true;
            case "true" or "1":
                value = true;
                return true;
            default:
                problem = ApiProblems.BadRequest($"{name} '{text}' is not true or false.", name);
                return false;
        }
    }
}

using Pulse.Maturity.Survey;

namespace Pulse.Storage;

/// <summary>
/// The short key of an organisation in commands, files and addresses: lower-case letters, digits
/// and hyphens, starting with a letter or digit, at most 63 characters (fits a DNS label and a URL).
/// </summary>
public static class OrganisationSlug
{
    /// <summary>The one rule, shared with answer files (which name organisations by slug).</summary>
    public static bool IsValid(string? slug) => SurveyFileParser.IsSlug(slug);

    /// <summary>Throws a <see cref="PulseException"/> that says what a slug may contain.</summary>
    public static string Require(string? slug) => IsValid(slug)
        ? slug!
        : throw new PulseException($"'{slug}' is not a valid organisation slug: use lower-case letters, digits and hyphens (e.g. 'gemeente-utrecht').");
}

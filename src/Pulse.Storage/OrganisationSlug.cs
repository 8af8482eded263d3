using System.Text.RegularExpressions;

namespace Pulse.Storage;

/// <summary>
/// The short key of an organisation in commands, files and addresses: lower-case letters, digits
/// and hyphens, starting with a letter or digit, at most 63 characters (fits a DNS label and a URL).
/// </summary>
public static partial class OrganisationSlug
{
    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    /// <summary>Throws a <see cref="PulseException"/> that says what a slug may contain.</summary>
    public static string Require(string? slug) => IsValid(slug)
        ? slug!
        : throw new PulseException($"'{slug}' is not a valid organisation slug: use lower-case letters, digits and hyphens (e.g. 'gemeente-utrecht').");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

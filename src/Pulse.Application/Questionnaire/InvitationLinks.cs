namespace Pulse.Application.Questionnaire;

/// <summary>The address a respondent opens: the site's base address, then /survey/ and the token.</summary>
public static class InvitationLinks
{
    /// <summary>The default base address: where `pulse serve` listens unless told otherwise.</summary>
    public const string DefaultBase = "http://127.0.0.1:5000";

    /// <summary>The link of <paramref name="token"/> under <paramref name="baseUrl"/> (an absolute http(s) address).</summary>
    /// <exception cref="Storage.PulseUsageException">The base address is not an absolute http(s) address.</exception>
    public static string For(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) || (root.Scheme != Uri.UriSchemeHttp && root.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(root.Query) || !string.IsNullOrEmpty(root.Fragment))
        {
            throw new Storage.PulseUsageException($"'{baseUrl}' is not a base address for links: give an absolute http or https address such as {DefaultBase}.");
        }

        return root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/survey/" + token;
    }
}

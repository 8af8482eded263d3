using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Pulse.Web.Localization;

/// <summary>
/// The interface language: Dutch by default (most users are Dutch), English on request. Chosen by
/// <c>?lang=nl|en</c> (remembered in a cookie), else the cookie, else the browser's Accept-Language.
/// </summary>
public static class UiLanguage
{
    public const string Dutch = "nl";
    public const string English = "en";
    private const string CookieName = "pulse-lang";

    public static string Choose(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = Normalise(context.Request.Query["lang"].ToString());
        if (asked is not null)
        {
            context.Response.Cookies.Append(CookieName, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
            });
            return asked;
        }

        if (Normalise(context.Request.Cookies[CookieName]) is { } remembered) return remembered;

        var accept = context.Request.Headers.AcceptLanguage.ToString();
        foreach (var part in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith(English, StringComparison.OrdinalIgnoreCase)) return English;
            if (part.StartsWith(Dutch, StringComparison.OrdinalIgnoreCase)) return Dutch;
        }

        return Dutch;
    }

    /// <summary>
    /// The current address in another language: the same path and query (the period above all)
    /// with only <c>lang</c> replaced, so switching language never loses what was chosen.
    /// </summary>
    public static string SwitchLink(HttpRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kept = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => !string.Equals(p.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)));
        return request.PathBase + request.Path + QueryString.Create([.. kept, KeyValuePair.Create("lang", (string?)language)]);
    }

    private static string? Normalise(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Dutch => Dutch,
        English => English,
        _ => null,
    };
}

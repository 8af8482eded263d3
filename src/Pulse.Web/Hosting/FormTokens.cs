using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Pulse.Web.Hosting;

/// <summary>The anti-forgery field a page's form carries: its name and this request's token.</summary>
public sealed record FormToken(string Name, string Value);

/// <summary>
/// Anti-forgery for Pulse's few forms (ASP.NET Core's own tokens: a cookie and a hidden field that
/// must match). Pages ask for a token; POST handlers read the form only through
/// <see cref="ReadAsync"/>, which refuses a post without a valid token, so a page on another site
/// cannot submit a questionnaire or create invitations in someone's name.
/// </summary>
public static class FormTokens
{
    /// <summary>A token for the form on the page being rendered (sets the cookie too).</summary>
    public static FormToken Issue(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken!);
    }

    /// <summary>The posted form, or null when its anti-forgery token is missing or wrong.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (!context.Request.HasFormContentType) return null;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        return await context.Request.ReadFormAsync(context.RequestAborted);
    }
}

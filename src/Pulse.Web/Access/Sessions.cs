using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pulse.Application;
using Pulse.Application.Access;

namespace Pulse.Web.Access;

/// <summary>
/// The signed-in session: a cookie that names the user and the security stamp of their password. Every request checks
/// both against the database, so a removed user or a changed password ends every session at once, on every instance.
/// </summary>
public static class Sessions
{
    private const string StampClaim = "pulse:stamp";
    private static readonly object UserKey = new();

    public static ClaimsPrincipal Principal(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Email),
                new Claim(ClaimTypes.Role, user.Role),
                new Claim(StampClaim, user.SecurityStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The signed-in user of this request, checked against the database; null for a token or nobody.</summary>
    public static SignedInUser? User(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(UserKey, out var user) ? user as SignedInUser : null;
    }

    /// <summary>What this request may see: a user's organisations, a token's one organisation, or null when anonymous.</summary>
    public static Viewer? Viewer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (User(context) is { } user) return user.Viewer;
        return context.User.FindFirstValue(ApiTokenHandler.OrganisationClaim) is { } slug
            ? new Viewer(false, new HashSet<string>(StringComparer.Ordinal) { slug })
            : null;
    }

    /// <summary>True when the request came with an API token rather than a signed-in session.</summary>
    public static bool IsToken(HttpContext context) =>
        context?.User.FindFirstValue(ApiTokenHandler.OrganisationClaim) is not null;

    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var app = context.HttpContext.RequestServices.GetRequiredService<PulseApp>();
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) &&
                   principal!.FindFirstValue(StampClaim) is { } stamp
            ? await app.Access.SessionAsync(id, stamp, context.HttpContext.RequestAborted)
            : null;
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.HttpContext.Items[UserKey] = user;
    }
}

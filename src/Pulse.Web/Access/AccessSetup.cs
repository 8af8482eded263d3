using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pulse.Application;
using Pulse.Storage;

namespace Pulse.Web.Access;

/// <summary>
/// Sign-in and tenant isolation for the whole app (docs/access.md): a session cookie for people, bearer tokens for
/// other systems, every endpoint closed unless it says it is open, anti-forgery on every form, sign-in rate limited.
/// </summary>
public static class AccessSetup
{
    /// <summary>Chooses the cookie or the bearer token per request.</summary>
    private const string Either = "Pulse";

    /// <summary>The rate-limit policy of the sign-in form.</summary>
    public const string SignInLimit = "signin";

    /// <summary>Sign-in attempts per client address per minute, on top of the lock per account.</summary>
    public const int SignInsPerMinute = 10;

    public static IServiceCollection AddPulseAccess(this IServiceCollection services, PulseApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        services.AddDataProtection().SetApplicationName("Pulse");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(_ =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(new AccessStore(new PulseDatabase(app.Storage)))));

        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "pulse-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS (always, behind a TLS-terminating proxy that says so).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/signin";
                o.Events.OnValidatePrincipal = Sessions.ValidateAsync;
                // The API answers 401 as problem details instead of sending a program to an HTML sign-in form.
                o.Events.OnRedirectToLogin = context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? context.HttpContext.ChallengeAsync(ApiTokenHandler.SchemeName)
                    : RedirectAsync(context);
            });

        services.AddAuthorizationBuilder()
            // Closed by default: an endpoint is public only when it says so (sign-in, health, assets, the questionnaire's link).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(Either).RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pulse-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeaders sends DENY for every response; the antiforgery default (SAMEORIGIN) would contradict it.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => new ValueTask(SignInEndpoints.TooManyAsync(context.HttpContext));
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Authentication, authorisation, the tenant gate, rate limits and anti-forgery, in the order they must run.</summary>
    public static IApplicationBuilder UsePulseAccess(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTenantGate();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

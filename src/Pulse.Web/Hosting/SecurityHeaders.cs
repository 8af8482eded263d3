using Microsoft.AspNetCore.Builder;

namespace Pulse.Web.Hosting;

/// <summary>
/// Headers that tell browsers to trust nothing but Pulse itself. The pages need no script (organisation
/// pages load one optional same-origin file, /assets/live.js, for live updates) and
/// take their styles only from site.css, so the policy can forbid both from anywhere else and
/// inline; a figure shown in a frame on another site is refused.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // On starting rather than now: a failing request's response is reset before it is sent,
            // and it should carry the headers too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // Page addresses name organisations and periods; other sites need not learn them.
                headers["Referrer-Policy"] = "no-referrer";
                // frame-ancestors for current browsers, X-Frame-Options for older ones.
                headers.XFrameOptions = "DENY";
                // Only over HTTPS (RFC 6797): on plain HTTP the header means nothing and would pin a loopback address.
                if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                return Task.CompletedTask;
            });
            return next(context);
        });
}

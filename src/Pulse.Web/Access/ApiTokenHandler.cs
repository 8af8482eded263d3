using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pulse.Application;

namespace Pulse.Web.Access;

/// <summary>
/// `Authorization: Bearer pulse_…`: a token of one organisation (created with `pulse token create`). The principal
/// carries only the organisation's slug; the tenant gate lets it read that organisation's API and nothing else.
/// </summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PulseApp app)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public const string OrganisationClaim = "pulse:org";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = await app.Access.AuthenticateTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The token is not valid (unknown or revoked).");
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, token.Name), new Claim(OrganisationClaim, token.Organisation)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 as problem details, with the header that tells a client which scheme to use.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var failed = Request.Headers.Authorization.Count > 0;
        Response.Headers.WWWAuthenticate = failed ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not signed in",
            failed ? "The bearer token is not valid: it was never issued or it was revoked." : "Send a token as 'Authorization: Bearer TOKEN' (pulse token create) or sign in.");
    }
}

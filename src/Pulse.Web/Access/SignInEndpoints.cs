using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Access;
using Pulse.Storage;
using Pulse.Web.Hosting;
using Pulse.Web.Localization;
using Pulse.Web.Pages;

namespace Pulse.Web.Access;

/// <summary>`/signin`, `/signout` and `/account/password`: plain HTML forms with anti-forgery tokens, no script.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/signin", (string? returnUrl, HttpContext context) => Form(context, returnUrl, null, StatusCodes.Status200OK))
            .AllowAnonymous().ExcludeFromDescription();
        routes.MapPost("/signin", SignInAsync).AllowAnonymous().RequireRateLimiting(AccessSetup.SignInLimit).ExcludeFromDescription();
        routes.MapPost("/signout", SignOutAsync).WithMetadata(new BeforePasswordChosenAttribute()).ExcludeFromDescription();
        routes.MapGetAndHead("/account/password", (HttpContext context) => PasswordForm(context, null, StatusCodes.Status200OK))
            .WithMetadata(new BeforePasswordChosenAttribute()).ExcludeFromDescription();
        routes.MapPost("/account/password", ChangePasswordAsync).WithMetadata(new BeforePasswordChosenAttribute()).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The sign-in page again, saying that this address tried too often (the rate limiter's answer).</summary>
    internal static Task TooManyAsync(HttpContext context)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        return Form(context, null, text.Access.TooMany, StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, PulseApp app)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        var outcome = await app.Access.SignInAsync(email ?? "", password ?? "", context.RequestAborted);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Sessions.Principal(outcome.User!));
                return Results.Redirect(outcome.User!.MustChangePassword ? "/account/password" : LocalOrHome(returnUrl));
            case SignInStatus.LockedOut:
                return Form(context, returnUrl, string.Format(CultureInfo.InvariantCulture, text.Access.LockedOut, outcome.LockedUntil!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)), StatusCodes.Status200OK);
            default:
                return Form(context, returnUrl, text.Access.Failed, StatusCodes.Status200OK);
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        // It binds no form fields, so nothing checks the token unless asked: otherwise another site could sign a user out.
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/signin");
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm] string? current, [FromForm] string? replacement, [FromForm] string? repeat, HttpContext context, PulseApp app)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        var user = Sessions.User(context)!;
        if (!string.Equals(replacement, repeat, StringComparison.Ordinal)) return PasswordForm(context, text.Access.NotTheSame, StatusCodes.Status400BadRequest);
        try
        {
            var changed = await app.Access.ChangePasswordAsync(user.Id, current ?? "", replacement ?? "", context.RequestAborted);
            // The old cookie carries the old stamp; this session continues with a new one.
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Sessions.Principal(changed));
            return Results.Redirect("/");
        }
        catch (PulseUsageException e)
        {
            return PasswordForm(context, Translate(text, e.Message), StatusCodes.Status400BadRequest);
        }
    }

    private static RazorComponentResult<SignInPage> Form(HttpContext context, string? returnUrl, string? problem, int status) =>
        new(new { Text = UiText.For(UiLanguage.Choose(context)), ReturnUrl = LocalOrHome(returnUrl), Problem = problem }) { StatusCode = status };

    private static RazorComponentResult<PasswordPage> PasswordForm(HttpContext context, string? problem, int status) =>
        new(new { Text = UiText.For(UiLanguage.Choose(context)), MustChoose = Sessions.User(context)?.MustChangePassword ?? false, Problem = problem }) { StatusCode = status };

    // The application says what is wrong in English; the two messages a person can cause here are shown in their language.
    private static string Translate(UiText text, string message) =>
        message.StartsWith("A password needs", StringComparison.Ordinal) ? string.Format(CultureInfo.InvariantCulture, text.Access.ChoosePasswordIntro, AccessService.MinimumPasswordLength)
        : message;

    /// <summary>Only an address on this site: a sign-in link must not send anyone elsewhere after signing in.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}

using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Questionnaire;
using Pulse.Maturity.Model;
using Pulse.Maturity.Questionnaire;
using Pulse.Web.Hosting;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages.Survey;

/// <summary>
/// The respondents' questionnaire under /survey/{token}: anonymous by design, the token in the
/// link is the credential (an unknown one is a 404). Plain forms, POST-redirect-GET: a page whose
/// answers were all accepted redirects to the next step; one with refused answers is shown again
/// (400) with each problem beside its question. Works without script.
/// </summary>
public static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurveyPages(this IEndpointRouteBuilder routes)
    {
        // Respondents have no account: the link's token is their credential, so these pages are open to it alone.
        routes.MapGetAndHead("/survey/{token}", ResumeAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapGetAndHead("/survey/{token}/review", ReviewAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapGetAndHead("/survey/{token}/{step:int}", StepAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapPost("/survey/{token}/review", SubmitAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapPost("/survey/{token}/{step:int}", SaveAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>The link itself: the thanks once submitted, else the first step still without answers (or the review).</summary>
    private static async Task<IResult> ResumeAsync(string token, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Questionnaire.OpenAsync(token, cancellationToken) is not { } session) return Unknown(text);
        if (session.IsSubmitted) return Thanks(text, session);
        return Redirect(session.Form.Resume(session.Values) is { } step ? StepPath(token, step.Number) : ReviewPath(token));
    }

    private static async Task<IResult> StepAsync(string token, int step, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Questionnaire.OpenAsync(token, cancellationToken) is not { } session) return Unknown(text);
        if (session.IsSubmitted) return Redirect(LinkPath(token));
        if (session.Form.Step(step) is not { } page) return Unknown(text);
        if (!session.ActiveSteps.Contains(page)) return Redirect(ReviewPath(token));
        var shown = page.Items.ToDictionary(i => i.Id, i => session.Answer(i.Id), StringComparer.Ordinal);
        return StepPage(text, session, page, FormTokens.Issue(context, antiforgery), token, shown, null);
    }

    private static async Task<IResult> SaveAsync(string token, int step, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Questionnaire.OpenAsync(token, cancellationToken) is not { } opened) return Unknown(text);
        if (await FormTokens.ReadAsync(context, antiforgery) is not { } form) return Expired(text);
        if (opened.Form.Step(step) is not { } page) return Unknown(text);
        // Check boxes of one question arrive as several values: the answer parser takes them joined by ';'.
        var sent = page.Items.ToDictionary(i => i.Id, i => form.TryGetValue(i.Id, out var v) ? (string?)string.Join(';', v.ToArray()) : null, StringComparer.Ordinal);
        var outcome = await app.Questionnaire.SaveAsync(token, step, sent, cancellationToken);
        if (outcome is null) return Unknown(text);
        if (outcome.Refusal is not null) return Redirect(LinkPath(token));
        var session = outcome.Session;
        if (outcome.Problems.Count > 0)
        {
            var shown = page.Items.ToDictionary(i => i.Id, i => outcome.Problems.Any(p => p.ItemId == i.Id) ? sent[i.Id] : session.Answer(i.Id), StringComparer.Ordinal);
            var problems = outcome.Problems.ToDictionary(p => p.ItemId, p => Explain(text, session.Form.Model.FindItem(p.ItemId)!, p), StringComparer.Ordinal);
            return StepPage(text, session, page, FormTokens.Issue(context, antiforgery), token, shown, problems);
        }

        var active = session.ActiveSteps;
        var here = active.Select(s => s.Number).ToList().IndexOf(step);
        var backwards = string.Equals(form["go"], "previous", StringComparison.Ordinal);
        if (backwards) return Redirect(StepPath(token, active[Math.Max(here - 1, 0)].Number));
        return Redirect(here >= 0 && here + 1 < active.Count ? StepPath(token, active[here + 1].Number) : ReviewPath(token));
    }

    private static async Task<IResult> ReviewAsync(string token, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Questionnaire.OpenAsync(token, cancellationToken) is not { } session) return Unknown(text);
        if (session.IsSubmitted) return Redirect(LinkPath(token));
        return ReviewPage(text, session, FormTokens.Issue(context, antiforgery), token);
    }

    private static async Task<IResult> SubmitAsync(string token, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Questionnaire.OpenAsync(token, cancellationToken) is null) return Unknown(text);
        if (await FormTokens.ReadAsync(context, antiforgery) is null) return Expired(text);
        var outcome = await app.Questionnaire.SubmitAsync(token, cancellationToken);
        if (outcome is null) return Unknown(text);
        if (outcome.IsSubmitted) return Redirect(LinkPath(token));
        if (outcome.WasAlreadySubmitted)
        {
            return new RazorComponentResult<SurveyMessagePage>(new { Text = text, Heading = text.Survey.Title, Message = text.Survey.AlreadySubmitted, Warning = true })
            {
                StatusCode = StatusCodes.Status409Conflict,
            };
        }

        var page = ReviewPage(text, outcome.Session, FormTokens.Issue(context, antiforgery), token);
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private static RazorComponentResult<SurveyStepPage> StepPage(
        UiText text, QuestionnaireSession session, QuestionnaireStep page, FormToken formToken, string token,
        IReadOnlyDictionary<string, string?> shown, IReadOnlyDictionary<string, string>? problems) =>
        new(new
        {
            Text = text,
            Session = session,
            Step = page,
            Token = formToken,
            Action = StepPath(token, page.Number),
            Shown = shown,
            Problems = problems ?? new Dictionary<string, string>(),
        })
        {
            StatusCode = problems is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };

    private static RazorComponentResult<SurveyReviewPage> ReviewPage(UiText text, QuestionnaireSession session, FormToken formToken, string token) =>
        new(new
        {
            Text = text,
            Session = session,
            Token = formToken,
            Action = ReviewPath(token),
            StepLink = (Func<int, string>)(n => StepPath(token, n)),
        });

    private static RazorComponentResult<SurveyMessagePage> Thanks(UiText text, QuestionnaireSession session) =>
        new(new
        {
            Text = text,
            Heading = text.Survey.ThanksHeading,
            Message = string.Format(Formats.Culture(text.Language), text.Survey.Thanks, session.OrganisationName, session.SubmittedAt!.Value.ToString("d MMMM yyyy", Formats.Culture(text.Language))),
        });

    internal static RazorComponentResult<SurveyMessagePage> Unknown(UiText text) =>
        new(new { Text = text, Heading = "404", Message = text.Survey.UnknownLink, Warning = true }) { StatusCode = StatusCodes.Status404NotFound };

    internal static RazorComponentResult<SurveyMessagePage> Expired(UiText text) =>
        new(new { Text = text, Heading = text.Survey.Title, Message = text.Survey.FormExpired, Warning = true }) { StatusCode = StatusCodes.Status400BadRequest };

    /// <summary>The parser refused an answer: say it for the respondent, per scale, with what they typed.</summary>
    private static string Explain(UiText text, Item item, AnswerProblem problem) =>
        string.Format(Formats.Culture(text.Language), item.Scale == Scale.Percent ? text.Survey.InvalidPercent : text.Survey.InvalidChoice, problem.Value);

    // 303: after a POST the browser fetches the next page with GET, so reloading never posts twice.
    private static SeeOther Redirect(string path) => new(path);

    private static string LinkPath(string token) => "/survey/" + Uri.EscapeDataString(token);

    private static string StepPath(string token, int step) => LinkPath(token) + "/" + step.ToString(CultureInfo.InvariantCulture);

    private static string ReviewPath(string token) => LinkPath(token) + "/review";

    /// <summary>A 303 See Other to a local path.</summary>
    private sealed class SeeOther(string path) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = path;
            return Task.CompletedTask;
        }
    }
}

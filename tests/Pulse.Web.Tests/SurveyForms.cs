using System.Net;
using System.Text.RegularExpressions;
using Pulse.Maturity.Model;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>Support for the questionnaire tests: a seeded wave with an invitation, and a client that sees redirects and keeps cookies.</summary>
public static partial class SurveyForms
{
    public static readonly MaturityModel Model = ModelCatalog.Get("v1");

    /// <summary>Every item at its strongest answer (item score 100).</summary>
    public static IEnumerable<string> High(Item item) => item.Id == FactIds.HasCommunity ? ["yes"] : item.Scale switch
    {
        Scale.Likert5 => [item.Reverse ? "1" : "5"],
        Scale.YesNo => ["yes"],
        Scale.Percent => ["80"],
        Scale.Multi => item.Options.Where(o => o.Points > 0).Select(o => o.Value),
        _ => [item.Options.MaxBy(o => o.Points)!.Value],
    };

    /// <summary>Organisation lindeloo, wave 2026 and <paramref name="count"/> invitations; returns their tokens.</summary>
    public static async Task<List<string>> SeedAsync(TestDatabase test, int count = 1)
    {
        var app = await Pulse.Application.PulseApp.OpenAsync(test.Options);
        await app.Organisations.AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        await app.Waves.CreateAsync("2026", "v1");
        return [.. (await app.Questionnaire.InviteAsync("2026", "lindeloo", count)).Invitations.Select(i => i.Token)];
    }

    /// <summary>A browser session that does not follow redirects, signed in as the administrator (who also sees the wave page);
    /// the respondent's pages need no sign-in, and being signed in changes nothing there.</summary>
    public static async Task<HttpClient> ClientAsync(RunningApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.NewClient(followRedirects: false);
        (await app.SignInAsync(client, RunningApp.AdminEmail, RunningApp.AdminPassword)).ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>The anti-forgery field of the first form on the page.</summary>
    public static KeyValuePair<string, string> TokenField(string html)
    {
        var match = TokenPattern().Match(html);
        match.Success.ShouldBeTrue("the page has no anti-forgery field");
        return KeyValuePair.Create(match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>GETs the page, then posts its form with the answers, as a browser would.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> answers)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return await PostAsync(client, path, [TokenField(page), .. answers]);
    }

    public static IEnumerable<KeyValuePair<string, string>> Answers(IEnumerable<Item> items, Func<Item, IEnumerable<string>> answer) =>
        items.SelectMany(i => answer(i).Select(v => KeyValuePair.Create(i.Id, v)));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

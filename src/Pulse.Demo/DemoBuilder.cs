using nietras.SeparatedValues;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Connectors.Yammer;
using Pulse.Demo.Yammer;
using Pulse.Maturity.Model;

namespace Pulse.Demo;

/// <summary>What the demo built (and what already stood from an earlier run).</summary>
public sealed record DemoSummary(int Organisations, int OrganisationsAdded, int People, long Messages, long MessagesAdded, int Waves, int Responses, DemoSignIn SignIn);

/// <summary>The demo's administrator: a new random password on every run, printed by `pulse demo`.</summary>
public sealed record DemoSignIn(string Email, string Password);

/// <summary>
/// Builds the demo dataset through the same paths a customer's data takes: a synthetic Yammer
/// export and an HR file are written to a scratch folder and imported by the real connectors, and
/// the questionnaire answers of two waves go through the answer-file importer. Deterministic
/// (fixed seeds and dates) and idempotent (only upserts), so running it twice changes nothing.
/// </summary>
public sealed class DemoBuilder(PulseApp app)
{
    /// <summary>The demo administrator's address (example.org: reserved, never anyone's mail).</summary>
    public const string DemoEmail = "demo@pulse.example.org";

    public async Task<DemoSummary> BuildAsync(Action<string> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var scratch = Directory.CreateTempSubdirectory("pulse-demo-").FullName;
        try
        {
            step("organisations");
            var added = 0;
            foreach (var demo in DemoOrganisations.All)
            {
                if (await app.Organisations.FindAsync(demo.Slug, cancellationToken) is not null) continue;
                await app.Organisations.AddAsync(demo.Slug, demo.Name, demo.Employees, demo.Sector, cancellationToken);
                await app.Organisations.SetAsync(demo.Slug, new OrganisationChanges(NamedConsent: demo.NamedConsent), cancellationToken);
                added++;
            }

            step("community of " + DemoOrganisations.Showcase.Name);
            var community = new DemoCommunity();
            var directory = Path.Combine(scratch, "directory.csv");
            WriteDirectory(directory, community.People);
            var export = Path.Combine(scratch, "yammer-export");
            new YammerExportWriter().WriteFolder(export, community.Export());
            var people = await app.Imports.ImportDirectoryAsync(directory, DemoOrganisations.Showcase.Slug, pseudonymise: false, cancellationToken: cancellationToken);
            var messages = await app.Imports.ImportAsync(new YammerExportReader(), export, DemoOrganisations.Showcase.Slug, pseudonymise: false, progress: null, cancellationToken);

            step("themes");
            var themes = (await app.Themes.ListAsync(DemoOrganisations.Showcase.Slug, cancellationToken)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, query) in DemoThemes)
            {
                if (!themes.Contains(name)) await app.Themes.AddAsync(DemoOrganisations.Showcase.Slug, name, query, cancellationToken);
            }

            step("alert rules");
            var slug = DemoOrganisations.Showcase.Slug;
            if ((await app.Alerts.RulesAsync(slug, cancellationToken)).Count == 0)
            {
                foreach (var rule in DemoAlertRules) await app.Alerts.AddRuleAsync(slug, rule, cancellationToken);
            }

            // The import judged no rules (they came after it): judge them once now.
            await app.Alerts.EvaluateAsync(slug, cancellationToken);

            step("benchmark waves " + string.Join(", ", DemoSurvey.Waves));
            var responses = 0;
            var model = ModelCatalog.Get("v1");
            foreach (var wave in DemoSurvey.Waves)
            {
                await app.Waves.EnsureAsync(wave, model.Version, DemoSurvey.DateOf(wave), cancellationToken);
                var answers = Path.Combine(scratch, $"answers-{wave}.csv");
                WriteRows(answers, DemoSurvey.Answers(model, wave));
                responses += (await app.Answers.ImportAsync(wave, answers, null, createOrganisations: false, cancellationToken)).Result.Read;
            }

            step("demo sign-in");
            var signIn = new DemoSignIn(DemoEmail, await app.Access.AdministratorWithFreshPasswordAsync(DemoEmail, cancellationToken));
            return new DemoSummary(
                DemoOrganisations.All.Count, added, people.Result.Read,
                messages.Result.Messages.Read, messages.Result.Messages.New, DemoSurvey.Waves.Length, responses, signIn);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The themes a community manager of the showcase would follow; the demo's messages speak of them.</summary>
    private static readonly (string Name, string Query)[] DemoThemes =
    [
        ("Omgevingswet", "omgevingswet OR omgevingsplan OR DSO OR vergunning"),
        ("Storingen", "storing OR \"werkt niet\" OR wifi OR outlook"),
        ("Hybride werken", "\"hybride werken\" OR thuiswerken OR thuiswerkvergoeding OR werkplek"),
        ("Duurzaamheid", "duurzaam OR duurzaamheid OR zonnepanelen OR energie"),
        ("Parkeergarage", "parkeergarage OR parkeren OR pendelbus"),
    ];

    /// <summary>The rules a community manager of the showcase would set: the parking garage's spike, questions left waiting, a quiet department, themes resting on one person.</summary>
    private static readonly Pulse.Monitoring.Alerts.AlertRule[] DemoAlertRules =
    [
        new(0, Pulse.Monitoring.Alerts.AlertKind.VolumeSpike, "Parkeergarage", null, null, null),
        new(0, Pulse.Monitoring.Alerts.AlertKind.SentimentDrop, "Parkeergarage", null, null, null),
        new(0, Pulse.Monitoring.Alerts.AlertKind.Unanswered, null, null, null, 48),
        new(0, Pulse.Monitoring.Alerts.AlertKind.DepartmentQuiet, null, null, null, null),
        new(0, Pulse.Monitoring.Alerts.AlertKind.OnePerson, "Omgevingswet", null, null, null),
    ];

    private static void WriteDirectory(string path, IEnumerable<DemoPerson> people) => WriteRows(path, people.Select(p => new Dictionary<string, string>
    {
        ["email"] = p.Email,
        ["name"] = p.Name,
        ["department"] = p.Department,
        ["manager"] = p.IsManager ? "ja" : "nee",
        ["target_group"] = p.InTargetGroup ? "ja" : "nee",
        ["location"] = p.Location,
        ["level"] = p.IsManager ? "leidinggevende" : "medewerker",
    }));

    private static void WriteRows(string path, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var values in rows)
        {
            using var row = writer.NewRow();
            foreach (var (column, value) in values) row[column].Set(value);
        }
    }
}

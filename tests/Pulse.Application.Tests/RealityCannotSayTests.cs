using System.Text;
using Pulse.Application.Reality;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Application.Tests;

/// <summary>Where the answers or the data cannot say, each line of the reality check says which.</summary>
public sealed class RealityCannotSayTests
{
    private static readonly DateTimeOffset To = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_line_names_what_is_missing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var app = await PulseApp.OpenAsync(test.Options);
        // Messages, no directory: the target group is the active accounts, there are no managers to count.
        await SeedAsync(test, "zonder-hr", directory: null, messageDay: To.AddDays(-3));
        // A directory without managers.
        await SeedAsync(test, "zonder-managers", directory: [.. Enumerable.Range(0, 6).Select(i => new DirectoryEntry($"p{i}@x.nl", null, "A", false, true, null, null))], messageDay: To.AddDays(-3));
        // Messages only long before the period.
        await SeedAsync(test, "oud-archief", directory: null, messageDay: To.AddDays(-200));
        await SeedAsync(test, "niet-gevraagd", directory: null, messageDay: To.AddDays(-3));
        await SeedAsync(test, "geen-platform", directory: null, messageDay: To.AddDays(-3));
        await app.Waves.CreateAsync("2026", "v1");
        await ImportAsync(app, "2026",
            ("zonder-hr", "yes", "", "most"),
            ("zonder-managers", "yes", "40", "some"),
            ("oud-archief", "yes", "40", "some"),
            ("geen-platform", "no", "", ""));

        var noDirectory = await app.Reality.RunAsync("zonder-hr", "2026", To);
        Unknown(noDirectory, "active_share").ShouldBe(RealityUnknown.NoAnswer);
        Unknown(noDirectory, "management_participation").ShouldBe(RealityUnknown.NoDirectory);
        Unknown(noDirectory, "target_all").ShouldBe(RealityUnknown.NoDirectory);
        // The answer is looked at first: a blank answer is "no answer" whatever the data.
        var need = noDirectory.Lines.Single(l => l.Claim == "need_for_work_share");
        need.Verdict.ShouldBe(RealityVerdict.CannotSay);
        need.Unknown.ShouldBe(RealityUnknown.NoAnswer);
        need.Sentence.En.ShouldBe("there is no answer to compare");

        var noManagers = await app.Reality.RunAsync("zonder-managers", "2026", To);
        Unknown(noManagers, "management_participation").ShouldBe(RealityUnknown.NoManagers);
        var active = noManagers.Lines.Single(l => l.Claim == "active_share");
        active.Unknown.ShouldBeNull();
        // Two of six wrote: 33.3 %, claimed 40: within 10 points.
        active.MeasuredCount.ShouldBe(2);
        active.MeasuredOf.ShouldBe(6);
        active.Verdict.ShouldBe(RealityVerdict.Matches);

        var old = await app.Reality.RunAsync("oud-archief", "2026", To);
        old.Messages.ShouldBe(0);
        old.Lines.Where(l => l.Answer is not null).Select(l => l.Claim).ShouldBe(["active_share", "management_participation", "target_all"]);
        old.Lines.Where(l => l.Answer is not null).ShouldAllBe(l => l.Unknown == RealityUnknown.NoMessages && l.Measured == null && l.ClaimedLow != null);
        old.Lines.Where(l => l.Answer is null).ShouldAllBe(l => l.Unknown == RealityUnknown.NoAnswer);
        (await app.Reality.RunAsync("niet-gevraagd", "2026", To)).Lines.ShouldAllBe(l => l.Unknown == RealityUnknown.NotInWave && l.Answer == null);
        (await app.Reality.RunAsync("geen-platform", "2026", To)).Lines.ShouldAllBe(l => l.Unknown == RealityUnknown.NoCommunity);

        // Answered, and with messages in the period: three; "oud-archief" has none in it, "niet-gevraagd" did not answer.
        var summary = await app.Reality.SummaryAsync("2026", To);
        summary.Organisations.ShouldBe(4);
        summary.Checked.ShouldBe(["geen-platform", "zonder-hr", "zonder-managers"]);
    }

    private static RealityUnknown? Unknown(RealityView view, string claim) => view.Lines.Single(l => l.Claim == claim).Unknown;

    /// <summary>Six people, two of whom write one message each on <paramref name="messageDay"/>.</summary>
    private static async Task SeedAsync(TestDatabase test, string slug, IReadOnlyList<DirectoryEntry>? directory, DateTimeOffset messageDay)
    {
        var organisation = (await new OrganisationStore(test.Database).AddAsync(slug, slug, 6)).Id;
        if (directory is not null) await new DirectoryStore(test.Database).ReplaceAsync(organisation, directory);
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        for (var i = 0; i < 6; i++) await session.AddAccountAsync(new Account($"u{i}", null, $"p{i}@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddMessageAsync(new Message("m1", "m1", null, "g", "u0", messageDay.AddHours(9), null, null, false, MessageKind.Post, "Vraag", 0, false, []));
        await session.AddMessageAsync(new Message("m2", "m1", "m1", "g", "u1", messageDay.AddHours(10), null, null, false, MessageKind.Post, "Antwoord", 0, false, []));
        await session.CommitAsync(CancellationToken.None);
    }

    private static async Task ImportAsync(PulseApp app, string wave, params (string Organisation, string HasCommunity, string ActiveShare, string Management)[] rows)
    {
        var columns = await app.Waves.TemplateAsync(wave);
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var (organisation, hasCommunity, activeShare, management) in rows)
        {
            var values = new Dictionary<string, string>
            {
                ["organisation"] = organisation,
                ["respondent"] = "1",
                ["has_community"] = hasCommunity,
                ["active_share"] = activeShare,
                ["management_participation"] = management,
                ["target_all"] = hasCommunity == "yes" ? "yes" : string.Empty,
            };
            text.AppendJoin(',', columns.Select(c => values.GetValueOrDefault(c, string.Empty))).Append('\n');
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("pulse-reality").FullName, "answers.csv");
        await File.WriteAllTextAsync(path, text.ToString());
        await app.Answers.ImportAsync(wave, path, null, createOrganisations: false, CancellationToken.None);
    }
}

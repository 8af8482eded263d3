using System.CommandLine;
using System.Globalization;
using Pulse.Application.Alerts;
using Pulse.Cli.Output;
using Pulse.Monitoring.Alerts;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>
/// `pulse alert rule add|list|remove`, `pulse alert ack ID`, `pulse alert evaluate` and
/// `pulse alerts --org SLUG`: rules per organisation and the alerts they raised (docs/alerts.md).
/// </summary>
public static class AlertCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var rule = new Command("rule", "Alert rules of an organisation.") { AddRule(runner), ListRules(runner), RemoveRule(runner) };
        return new Command("alert", "Alert rules, evaluation and acknowledgement (see also `pulse alerts`).") { rule, Acknowledge(runner), Evaluate(runner) };
    }

    /// <summary>`pulse alerts --org SLUG [--all]`: the organisation's open alerts (with --all, acknowledged ones too).</summary>
    public static Command List(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = MonitorCommand.OrgOption();
        var all = new Option<bool>("--all") { Description = "Also the acknowledged alerts." };
        var command = new Command("alerts", "The organisation's open alerts, newest first.") { org, all };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Alerts.ListAsync(parse.GetValue(org)!, parse.GetValue(all), cancellationToken);
            session.Report.Write(view, console =>
            {
                var table = Reporter.Table("id", "rule", "kind", "about", "value", "against", "when", "acknowledged");
                foreach (var a in view.Alerts)
                {
                    table.AddRow(
                        Reporter.Text(Id(a.Id)), Reporter.Text(Id(a.RuleId)), Reporter.Text(AlertService.Name(a.Kind)), Reporter.Text(a.Subject),
                        Reporter.Text(Formats.Fixed(a.Value)), Reporter.Text(Formats.Fixed(a.Baseline)), Reporter.Text(Day(a.OccurredAt)),
                        Reporter.Text(a.AcknowledgedAt is { } at ? Day(at) : "–"));
                }

                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command AddRule(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var kind = new Option<string>("--kind")
        {
            Description = "sentiment-drop, volume-spike, department-quiet, unanswered or one-person.",
            Required = true,
            HelpName = "KIND",
        };
        var theme = new Option<string?>("--theme") { Description = "The theme it watches (sentiment-drop, volume-spike, one-person).", HelpName = "NAME" };
        var threshold = new Option<double?>("--threshold") { Description = "sentiment-drop: the fall (default 0.2 on −1..1); volume-spike: the z-score (default 3).", HelpName = "X" };
        var weeks = new Option<int?>("--weeks") { Description = "sentiment-drop: over how many weeks (default 4); volume-spike: baseline weeks (default 8); department-quiet: silent weeks (default 2).", HelpName = "N" };
        var hours = new Option<int?>("--hours") { Description = "unanswered: hours without a reply (default 48).", HelpName = "H" };
        var command = new Command("add", "Add an alert rule.") { org, kind, theme, threshold, weeks, hours };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var parsed = AlertService.Parse(parse.GetValue(kind)!)
                ?? throw new UsageException($"--kind must be sentiment-drop, volume-spike, department-quiet, unanswered or one-person, not '{parse.GetValue(kind)}'.");
            var app = await session.AppAsync(cancellationToken);
            var added = await app.Alerts.AddRuleAsync(
                parse.GetValue(org)!, new AlertRule(0, parsed, parse.GetValue(theme), parse.GetValue(threshold), parse.GetValue(weeks), parse.GetValue(hours)), cancellationToken);
            session.Report.Write(added, console => console.MarkupLine($"Added alert rule [bold]{Id(added.Id)}[/]: {Markup.Escape(Describe(added))}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListRules(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var command = new Command("list", "List an organisation's alert rules.") { org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var rules = await app.Alerts.RulesAsync(parse.GetValue(org)!, cancellationToken);
            session.Report.Write(new { rules }, console =>
            {
                var table = Reporter.Table("id", "rule");
                foreach (var rule in rules) table.AddRow(Reporter.Text(Id(rule.Id)), Reporter.Text(Describe(rule)));
                console.Write(table);
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RemoveRule(CommandRunner runner)
    {
        var id = new Argument<long>("ID") { Description = "The rule's id (`pulse alert rule list`)." };
        var org = MonitorCommand.OrgOption();
        var command = new Command("remove", "Remove an alert rule and its alerts.") { id, org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            await app.Alerts.RemoveRuleAsync(parse.GetValue(org)!, parse.GetValue(id), cancellationToken);
            session.Report.Write(new { removed = parse.GetValue(id) }, console => console.MarkupLine($"Removed alert rule {Id(parse.GetValue(id))}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Acknowledge(CommandRunner runner)
    {
        var id = new Argument<long>("ID") { Description = "The alert's id (`pulse alerts`)." };
        var command = new Command("ack", "Acknowledge an alert: it leaves the open alerts.") { id };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            await app.Alerts.AcknowledgeAsync(parse.GetValue(id), cancellationToken);
            session.Report.Write(new { acknowledged = parse.GetValue(id) }, console => console.MarkupLine($"Acknowledged alert {Id(parse.GetValue(id))}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Evaluate(CommandRunner runner)
    {
        var org = MonitorCommand.OrgOption();
        var command = new Command("evaluate", "Evaluate the organisation's rules now (every import does this itself).") { org };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var result = await app.Alerts.EvaluateAsync(parse.GetValue(org)!, cancellationToken);
            session.Report.Write(result, console => console.MarkupLine($"{result.Rules} rules judged as of {Day(result.AsOf)}: {result.Raised} new alerts."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(AlertRule rule) => rule.Kind switch
    {
        AlertKind.SentimentDrop => $"sentiment of '{rule.Theme}' falls by more than {Formats.Fixed(rule.Threshold)} over {rule.Weeks} weeks",
        AlertKind.VolumeSpike => $"messages on '{rule.Theme}' in a week at least {Formats.Fixed(rule.Threshold)} standard deviations above the {rule.Weeks} weeks before",
        AlertKind.DepartmentQuiet => $"a department writes nothing for {rule.Weeks} weeks after writing in the {rule.Weeks} before",
        AlertKind.Unanswered => $"a question stays without a reply for more than {rule.Hours} hours",
        _ => $"the replies on '{rule.Theme}' come to rest on one person",
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

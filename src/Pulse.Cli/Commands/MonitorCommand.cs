using System.CommandLine;
using Pulse.Application;
using Pulse.Cli.Output;
using Pulse.Application.Monitoring;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse monitor …`: what the organisation's own messages measure.</summary>
public static class MonitorCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var monitor = new Command("monitor", "Figures from the organisation's imported messages.");
        monitor.Add(Participation(runner));
        monitor.Add(Groups(runner));
        monitor.Add(Departments(runner));
        monitor.Add(Knowledge(runner));
        monitor.Add(Trends(runner));
        monitor.Add(Themes(runner));
        monitor.Add(RealityCommand.Create(runner));
        return monitor;
    }

    private static Command Themes(CommandRunner runner)
    {
        var org = OrgOption();
        var (from, to) = PeriodOptions();
        var command = new Command("themes", "Per theme: messages, contributors, sentiment and its shares, week by week.") { org, from, to };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.ThemeFigures.RunAsync(parse.GetValue(org)!, parse.GetValue(from), parse.GetValue(to), cancellationToken);
            session.Report.Write(
                ThemesDocument.Of(view),
                console =>
                {
                    console.MarkupLine($"Themes {view.Period.From:yyyy-MM-dd} to {view.Period.To:yyyy-MM-dd} (end exclusive)");
                    var table = Reporter.Table("theme", "messages", "contributors", "sentiment", "positive", "neutral", "negative");
                    foreach (var t in view.Themes)
                    {
                        table.AddRow(
                            Reporter.Text(t.Name), Reporter.Text(Formats.Number(t.Messages)), Reporter.Text(Formats.Number(t.Contributors)), Reporter.Text(Formats.Fixed(t.Sentiment, 2)),
                            Reporter.Text(Formats.Percent(t.Positive)), Reporter.Text(Formats.Percent(t.Neutral)), Reporter.Text(Formats.Percent(t.Negative)));
                    }

                    console.Write(table);
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Trends(CommandRunner runner)
    {
        var org = OrgOption();
        var at = DateOption.Create("--at", "End of the current window (exclusive). Default: the day after the latest message.");
        var daily = new Option<bool>("--daily") { Description = "Compare the last day with the 14 days before it, instead of the last week with the 8 weeks before." };
        var command = new Command("trends", "Words, phrases and hashtags far above their own baseline (z-score), with the messages that carry them.") { org, at, daily };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Trends.RunAsync(parse.GetValue(org)!, parse.GetValue(at), parse.GetValue(daily), cancellationToken);
            session.Report.Write(
                TrendsDocument.Of(view),
                console =>
                {
                    console.MarkupLine($"Trending in the {view.Window} before {view.At:yyyy-MM-dd}:");
                    var table = Reporter.Table("term", "messages", "baseline", "z");
                    foreach (var t in view.Terms)
                    {
                        table.AddRow(Reporter.Text(t.Term), Reporter.Text(Formats.Number(t.Count)), Reporter.Text(Formats.Fixed(t.Baseline)), Reporter.Text(Formats.Fixed(t.Z)));
                    }

                    console.Write(table);
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Groups(CommandRunner runner)
    {
        var org = OrgOption();
        var (from, to) = PeriodOptions();
        var command = new Command("groups", "Per community (group, channel): messages, contributors, share of the target group, responsiveness and trend.") { org, from, to };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Communities.RunAsync(parse.GetValue(org)!, parse.GetValue(from), parse.GetValue(to), cancellationToken);
            session.Report.Write(
                new { organisation = view.Organisation, from = Iso(view.Period.From), to = Iso(view.Period.To), groups = view.Communities, weekly = view.Weekly },
                console =>
                {
                    console.MarkupLine($"[bold]{Markup.Escape(view.OrganisationName)}[/] — {view.Period.From:yyyy-MM-dd} to {view.Period.To:yyyy-MM-dd} (end exclusive)");
                    var table = Reporter.Table("community", "messages", "threads", "contributors", "target group", "answered < 24 h", "median h", "trend");
                    foreach (var c in view.Communities)
                    {
                        table.AddRow(
                            Reporter.Text(c.Name), Reporter.Text(Formats.Number(c.Messages)), Reporter.Text(Formats.Number(c.Threads)), Reporter.Text(Formats.Number(c.Contributors)),
                            Reporter.Text(Formats.Percent(c.TargetGroupShare)), Reporter.Text(Formats.Percent(c.ThreadsAnsweredWithin24h)), Reporter.Text(Formats.Fixed(c.MedianHoursToFirstReply)),
                            Reporter.Text(c.Trend is { } t ? (t >= 0 ? "+" : string.Empty) + Formats.Percent(t) : "–"));
                    }

                    console.Write(table);
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Knowledge(CommandRunner runner)
    {
        var org = OrgOption();
        var (from, to) = PeriodOptions();
        var command = new Command("knowledge", "Per theme: who gives the answers, and themes that rest on one or two people (the contributor absence factor).") { org, from, to };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Knowledge.RunAsync(parse.GetValue(org)!, parse.GetValue(from), parse.GetValue(to), cancellationToken);
            session.Report.Write(
                new { organisation = view.Organisation, from = Iso(view.Period.From), to = Iso(view.Period.To), themes = view.Themes },
                console =>
                {
                    var table = Reporter.Table("theme", "replies", "people", "absence factor", "at risk", "who answers");
                    foreach (var t in view.Themes)
                    {
                        table.AddRow(
                            Reporter.Text(t.Theme), Reporter.Text(Formats.Number(t.Replies)), Reporter.Text(Formats.Number(t.People)),
                            Reporter.Text(t.AbsenceFactor?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"), Reporter.Text(t.AtRisk ? "yes" : "no"),
                            Reporter.Text(string.Join(", ", t.Answerers.Take(3).Select(a => $"{a.Name ?? a.Person} ({a.Replies})"))));
                    }

                    console.Write(table);
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Departments(CommandRunner runner)
    {
        var org = OrgOption();
        var (from, to) = PeriodOptions();
        var threshold = new Option<int>("--min-group")
        {
            Description = "Anonymity threshold: departments smaller than this are merged into \"other\".",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("departments", "Who answers whom between departments: the matrix, the shares that cross a boundary, and departments that only talk to themselves.")
        {
            org, from, to, threshold,
        };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Participation.ConnectionsAsync(parse.GetValue(org)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(threshold), cancellationToken);
            var report = view.Report;
            session.Report.Write(
                new
                {
                    organisation = view.Organisation,
                    from = Iso(view.Period.From),
                    to = Iso(view.Period.To),
                    anonymityThreshold = view.AnonymityThreshold,
                    crossDepartmentReplyShare = report.CrossDepartmentReplyShare,
                    departments = report.Departments,
                    matrix = report.Matrix,
                },
                console =>
                {
                    console.MarkupLine($"[bold]{Markup.Escape(view.OrganisationName)}[/] — {view.Period.From:yyyy-MM-dd} to {view.Period.To:yyyy-MM-dd} (end exclusive); across departments: {Formats.Percent(report.CrossDepartmentReplyShare)}");
                    var table = Reporter.Table("department", "replies written", "crossing", "replies received", "crossing", "only own");
                    foreach (var d in report.Departments)
                    {
                        table.AddRow(
                            Reporter.Text(d.Department ?? "(other)"), Reporter.Text(Formats.Number(d.RepliesWritten)), Reporter.Text(Formats.Percent(d.CrossShareWritten)),
                            Reporter.Text(Formats.Number(d.RepliesReceived)), Reporter.Text(Formats.Percent(d.CrossShareReceived)), Reporter.Text(d.OnlyOwn ? "yes" : "no"));
                    }

                    console.Write(table);
                });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Participation(CommandRunner runner)
    {
        var org = OrgOption();
        var (from, to) = PeriodOptions();
        var threshold = new Option<int>("--min-group")
        {
            Description = "Anonymity threshold: groups smaller than this are not shown on their own.",
            DefaultValueFactory = _ => 5,
        };
        var weekly = new Option<bool>("--weekly") { Description = "Also give the period week by week (Monday to Monday): participation over time." };
        var command = new Command("participation", "Participation, management participation, responsiveness and connection (monitoring-metrics.md).")
        {
            org, from, to, threshold, weekly,
        };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Participation.RunAsync(
                parse.GetValue(org)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(threshold), parse.GetValue(weekly), cancellationToken);
            session.Report.Write(ParticipationDocument.Of(view), console => Draw(console, view));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>--from and --to, as every monitor command takes them (defaults: ParticipationQuery.Resolve).</summary>
    private static (Option<DateTimeOffset?> From, Option<DateTimeOffset?> To) PeriodOptions() => (
        DateOption.Create("--from", "Start of the period (inclusive). Default: 90 days before --to."),
        DateOption.Create("--to", "End of the period (exclusive). Default: the day after the latest message."));

    internal static Option<string> OrgOption() => new("--org")
    {
        Description = "The organisation's slug.",
        HelpName = "SLUG",
        Required = true,
    };

    private static string Iso(DateTimeOffset moment) => PulseJson.Moment(moment);

    private static void Draw(IAnsiConsole console, ParticipationView view)
    {
        var r = view.Report;
        console.MarkupLine($"[bold]{Markup.Escape(view.OrganisationName)}[/] — {view.Period.From:yyyy-MM-dd} to {view.Period.To:yyyy-MM-dd} (end exclusive)");
        var figures = Reporter.Table("figure", "value");
        void Row(string name, string value) => figures.AddRow(Reporter.Text(name), Reporter.Text(value));
        Row("messages", Formats.Number(r.Messages));
        Row("threads / replies", $"{Formats.Number(r.Threads)} / {Formats.Number(r.Replies)}");
        Row("contributors", Formats.Number(r.Contributors));
        Row("target group active", $"{Formats.Number(r.ActiveInTargetGroup)} of {Formats.Number(r.TargetGroupSize)} ({Formats.Percent(r.ParticipationRate)})");
        Row("managers active", $"{Formats.Number(r.ActiveManagers)} of {Formats.Number(r.ManagersInTargetGroup)} ({Formats.Percent(r.ManagementParticipationRate)})");
        Row("threads answered within 24 h", Formats.Percent(r.ThreadsAnsweredWithin24h));
        Row("median hours to first reply", Formats.Fixed(r.MedianHoursToFirstReply));
        Row("unanswered threads", Formats.Number(r.UnansweredThreads));
        Row("replies across departments", Formats.Percent(r.CrossDepartmentReplyShare));
        Row("lurkers in target group", Formats.Percent(r.Pyramid.LurkerShare));
        Row("messages by top 1 % / 10 %", $"{Formats.Percent(r.Pyramid.Top1PercentShare)} / {Formats.Percent(r.Pyramid.Top10PercentShare)}");
        Row("Gini (messages per person)", Formats.Fixed(r.Pyramid.Gini, 2));
        Row("newcomers", Formats.Number(r.Newcomers));
        Row("retention from previous period", Formats.Percent(r.Retention));
        console.Write(figures);
        if (view.Weekly is { } weeks)
        {
            var series = Reporter.Table("week", "messages", "contributors", "target group active", "managers active");
            foreach (var w in weeks)
            {
                series.AddRow(
                    Reporter.Text(w.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), Reporter.Text(Formats.Number(w.Messages)),
                    Reporter.Text(Formats.Number(w.Contributors)), Reporter.Text(Formats.Percent(w.ParticipationRate)), Reporter.Text(Formats.Percent(w.ManagementParticipationRate)));
            }

            console.Write(series);
        }

        if (r.Departments.Count == 0 && r.HiddenDepartments == 0) return;

        var departments = Reporter.Table("department", "target group", "active", "rate", "messages", "managers active");
        foreach (var d in r.OtherDepartments is { } other ? [.. r.Departments, other] : r.Departments)
        {
            departments.AddRow(
                Reporter.Text(d.Department),
                Reporter.Text(Formats.Number(d.TargetGroupSize)),
                Reporter.Text(Formats.Number(d.Active)),
                Reporter.Text(Formats.Percent(d.ParticipationRate)),
                Reporter.Text(Formats.Number(d.Messages)),
                Reporter.Text(d.Managers is null ? "–" : $"{Formats.Number(d.ActiveManagers)} of {Formats.Number(d.Managers)}"));
        }

        console.Write(departments);
        if (r.HiddenDepartments > 0)
        {
            console.WriteLine($"{r.HiddenDepartments} department(s) with fewer than {view.AnonymityThreshold} people are not shown.");
        }
    }
}

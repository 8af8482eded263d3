using System.CommandLine;
using System.Text.RegularExpressions;
using Pulse.Cli.Output;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse search "QUERY" --org SLUG` and `pulse index rebuild --org SLUG`: full-text search over an organisation's messages.</summary>
public static partial class SearchCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", AND, OR, NOT (docs/search.md); inflections match (reorganisaties finds reorganisatie)." };
        var org = MonitorCommand.OrgOption();
        var top = new Option<int>("--top") { Description = "How many messages to list.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search an organisation's messages; the index is rebuilt first when it is missing or behind.") { query, org, top };
        runner.Bind(command, async (session, parse, cancellationToken) =>
        {
            if (parse.GetValue(top) < 1) throw new UsageException("--top must be at least 1.");
            var app = await session.AppAsync(cancellationToken);
            var view = await app.Search.SearchAsync(parse.GetValue(org)!, parse.GetValue(query)!, parse.GetValue(top), cancellationToken);
            session.Report.Write(view, console =>
            {
                if (view.Rebuilt) console.MarkupLine($"[grey]The index was missing or behind and was rebuilt ({Formats.Number(view.Indexed)} messages).[/]");
                foreach (var hit in view.Hits)
                {
                    console.MarkupLine($"[bold]{Markup.Escape(hit.MessageId)}[/] {hit.CreatedAt:yyyy-MM-dd}: {Highlight(hit.Snippet)}");
                }

                if (view.Hits.Count == 0) console.WriteLine("No messages match.");
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Index(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var org = MonitorCommand.OrgOption();
        var rebuild = new Command("rebuild", "Rebuild an organisation's search index from the database.") { org };
        runner.Bind(rebuild, async (session, parse, cancellationToken) =>
        {
            var app = await session.AppAsync(cancellationToken);
            var report = await app.Search.RebuildAsync(parse.GetValue(org)!, cancellationToken);
            session.Report.Write(report, console => console.WriteLine(
                $"Indexed {Formats.Number(report.Indexed)} messages of {report.Organisation} in {Formats.Fixed(report.Seconds)} s ({report.Folder})."));
            return ExitCodes.Ok;
        });
        return new Command("index", "The search index: a cache of the database, rebuilt when behind.") { rebuild };
    }

    /// <summary>The snippet's &lt;mark&gt; as bold terminal text; everything else as plain text.</summary>
    private static string Highlight(string snippet)
    {
        var text = System.Net.WebUtility.HtmlDecode(Mark().Replace(snippet, "\u0001$1\u0002"));
        return Markup.Escape(text).Replace("\u0001", "[bold yellow]", StringComparison.Ordinal).Replace("\u0002", "[/]", StringComparison.Ordinal);
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();
}

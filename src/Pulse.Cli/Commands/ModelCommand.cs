using System.CommandLine;
using System.Text.Json.Nodes;
using Pulse.Maturity.Model;
using Pulse.Application.Benchmark;
using Spectre.Console;

namespace Pulse.Cli.Commands;

/// <summary>`pulse model show`: the maturity model a wave is answered with.</summary>
public static class ModelCommand
{
    public static Command Create(CommandRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var version = new Option<string>("--version")
        {
            Description = $"Model version ({string.Join(", ", ModelCatalog.Versions)}).",
            DefaultValueFactory = _ => ModelCatalog.Latest,
        };
        var language = new Option<string>("--lang") { Description = "Language of the readable view: nl or en.", DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        var show = new Command("show", "Show the model: preconditions, constructs, items, facts and indicators.") { version, language };
        runner.Bind(show, (session, parse, _) =>
        {
            var model = Models.Get(parse.GetValue(version)!);
            session.Report.Write(JsonNode.Parse(ModelJson.Write(model)), console => Draw(console, model, parse.GetValue(language)!));
            return Task.FromResult(ExitCodes.Ok);
        });
        return new Command("model", "The maturity model.") { show };
    }

    private static void Draw(IAnsiConsole console, MaturityModel model, string language)
    {
        string T(LocalizedText text) => language == "en" ? text.En : text.Nl;
        var tree = new Tree(Markup.Escape($"Maturity model {model.Version}"));
        foreach (var precondition in model.Preconditions)
        {
            var p = tree.AddNode($"[bold]{Markup.Escape(T(precondition.Name))}[/] ({Markup.Escape(precondition.Id)})");
            foreach (var construct in precondition.Constructs)
            {
                var c = p.AddNode($"{Markup.Escape(T(construct.Name))} ({Markup.Escape(construct.Id)}, weight {construct.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
                foreach (var item in construct.Items)
                {
                    c.AddNode(Markup.Escape($"{item.Id} [{item.Scale.ToJsonName()}{(item.Reverse ? ", reverse" : string.Empty)}] {T(item.Text)}"));
                }
            }
        }

        var facts = tree.AddNode("[bold]Facts[/]");
        foreach (var item in model.Facts) facts.AddNode(Markup.Escape($"{item.Id} [{item.Scale.ToJsonName()}] {T(item.Text)}"));
        var indicators = tree.AddNode("[bold]Indicators[/]");
        foreach (var indicator in model.Indicators) indicators.AddNode(Markup.Escape($"{indicator.Id}: {T(indicator.Name)}"));
        console.Write(tree);
    }
}

using System.Text.Json;
using Pulse.Application;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pulse.Cli.Output;

/// <summary>
/// Every command reports through this one place: with <c>--json</c> the result object is written as
/// JSON (camelCase, stable field names); otherwise the command draws tables or lines for people.
/// </summary>
public sealed class Reporter
{
    /// <summary>The API's settings (<see cref="PulseJson"/>), indented for people who read the output.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(PulseJson.Options) { WriteIndented = true };

    private readonly TextWriter output;
    private readonly bool json;

    public Reporter(TextWriter output, bool json, CliTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        this.output = output;
        this.json = json;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal.Ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal.Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        if (!terminal.Ansi)
        {
            // Piped output: do not wrap tables at 80 columns.
            Console.Profile.Width = 200;
        }
    }

    internal IAnsiConsole Console { get; }

    /// <summary>Writes <paramref name="result"/> as JSON, or calls <paramref name="human"/> to draw it.</summary>
    public void Write<T>(T result, Action<IAnsiConsole> human)
    {
        ArgumentNullException.ThrowIfNull(human);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(result, JsonOptions));
        }
        else
        {
            human(Console);
        }
    }

    /// <summary>A table with the house style.</summary>
    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    /// <summary>Plain text that may contain brackets, safe for Spectre markup.</summary>
    public static IRenderable Text(string? text) => new Text(text ?? string.Empty);
}

using System.Globalization;
using Spectre.Console;

namespace Pulse.Cli.Output;

/// <summary>
/// A progress bar with rate and time left (Spectre.Console) on standard error, only when a person
/// watches a terminal; silent for pipes, CI and <c>--json</c>, so machine output stays clean.
/// </summary>
public sealed class ProgressDisplay(TextWriter error, bool enabled, string title)
{
    /// <summary>Runs <paramref name="work"/>, handing it a callback that moves the bar.</summary>
    public async Task<T> RunAsync<T>(Func<Action<ProgressUpdate>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!enabled) return await work(_ => { });

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await work(update =>
                {
                    if (update.Total is > 0) task.MaxValue = update.Total.Value;
                    task.Value = Math.Min(update.Done, task.MaxValue);
                    task.Description = Markup.Escape(string.Create(
                        CultureInfo.InvariantCulture, $"{title}: {update.Items:N0} {update.Unit}"));
                });
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }
}

/// <summary>How far a piece of work is: <see cref="Done"/> of <see cref="Total"/> (bytes, usually), and items so far.</summary>
public readonly record struct ProgressUpdate(long Done, long? Total, long Items, string Unit = "items");

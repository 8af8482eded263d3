using System.Diagnostics;

namespace Pulse.Rendering;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium (<c>--print-to-pdf</c>): the report's own
/// HTML, CSS page breaks and SVG charts, so the PDF is the HTML on paper. Chromium is Debian's
/// package; nothing is downloaded.
/// </summary>
public sealed class PdfPrinter
{
    /// <summary>Where Debian's chromium package puts its browser.</summary>
    public const string DebianLocation = "/usr/bin/chromium";

    /// <summary>What to do when Chromium is absent.</summary>
    public const string MissingChromiumMessage = "PDF needs Chromium: apt-get install chromium";

    /// <summary>Longest a print may take before it is given up (a cold start takes about 2 s).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <param name="chromium">The Chromium executable.</param>
    public PdfPrinter(string chromium)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromium);
        Chromium = chromium;
    }

    /// <summary>The Chromium executable this printer runs.</summary>
    public string Chromium { get; }

    /// <summary>A printer with the machine's Chromium: <see cref="DebianLocation"/>, else <c>chromium</c> on PATH.</summary>
    /// <exception cref="ChromiumNotFoundException">Neither exists; the message says which package to install.</exception>
    public static PdfPrinter FindChromium() =>
        new(Locate(DebianLocation, Environment.GetEnvironmentVariable("PATH")) ?? throw new ChromiumNotFoundException());

    /// <summary>The Chromium executable at <paramref name="preferred"/>, else <c>chromium</c> in a folder of <paramref name="path"/>; null when there is none.</summary>
    public static string? Locate(string preferred, string? path)
    {
        if (File.Exists(preferred))
        {
            return preferred;
        }

        foreach (var folder in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = Path.Combine(folder, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/> (A4, as the page's CSS asks, no header or footer).</summary>
    /// <exception cref="InvalidOperationException">Chromium failed, timed out or wrote no PDF; the message holds the end of its error output.</exception>
    public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        var html = Path.GetFullPath(htmlPath);
        var pdf = Path.GetFullPath(pdfPath);
        if (!File.Exists(html))
        {
            throw new FileNotFoundException($"There is no HTML file {html} to print.", html);
        }

        // A profile of its own: a running Chromium with the default profile would otherwise take the job and exit at once.
        var profile = Directory.CreateTempSubdirectory("pulse-chromium-");
        try
        {
            File.Delete(pdf);
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless",
                "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                $"--user-data-dir={profile.FullName}",
                "--no-pdf-header-footer",
                $"--print-to-pdf={pdf}",
                new Uri(html).AbsoluteUri,
            ])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Chromium ({Chromium}) did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new InvalidOperationException($"Chromium did not print {html} within {Timeout.TotalSeconds:0} s.");
            }

            await output;
            var stderr = await errors;
            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var tail = stderr.Length > 2000 ? stderr[^2000..] : stderr;
                throw new InvalidOperationException($"Chromium (exit code {process.ExitCode}) wrote no PDF for {html}: {tail.Trim()}");
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helpers may still hold a file for a moment; a leftover temporary profile is harmless.
            }
        }
    }
}

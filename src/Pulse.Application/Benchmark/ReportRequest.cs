namespace Pulse.Application.Benchmark;

/// <summary>
/// A research report of a wave (optionally compared with an earlier one), or — with
/// <see cref="Organisation"/> — one organisation's scorecard, written into <see cref="OutDir"/>.
/// </summary>
/// <param name="Language">"nl" (the default of the study) or "en".</param>
/// <param name="Pdf">Also print the HTML to PDF through Chromium.</param>
public sealed record ReportRequest(string Wave, string OutDir, string? Compare = null, string Language = "nl", string? Organisation = null, bool Pdf = true);

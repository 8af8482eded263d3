namespace Pulse.Rendering;

/// <summary>The files <see cref="ReportWriter"/> wrote (full paths); <see cref="Pdf"/> and <see cref="Workbook"/> are null when not written.</summary>
public sealed record ReportFiles(string Html, string? Pdf, string? Workbook);

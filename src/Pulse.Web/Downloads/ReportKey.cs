namespace Pulse.Web.Downloads;

/// <summary>
/// One generated research report: the wave, the wave it is compared with, the language, whether it
/// has its PDF, and the number of respondents of both waves when it was made, so that answers
/// imported since make a new report rather than serve the old one.
/// </summary>
public sealed record ReportKey(string Wave, string? Compare, string Language, bool Pdf, int Respondents, int CompareRespondents);

using Pulse.Maturity.Model;

namespace Pulse.Maturity.Benchmark;

/// <summary>
/// One finding of a wave as a sentence with its figure, interval and n, in Dutch and English
/// ("Bij 10 % van de organisaties (95 %-BI 5–18 %, n = 91) is meer dan de helft van de medewerkers actief").
/// </summary>
/// <param name="Id">Stable id of the finding (e.g. the indicator it is about), for tables and tests.</param>
/// <param name="Text">The sentence.</param>
public sealed record Finding(string Id, LocalizedText Text);

using Pulse.Maturity.Model;

namespace Pulse.Maturity.Benchmark;

/// <summary>One finding of the study as a sentence, in Dutch and English, carrying its own figure, interval and n.</summary>
/// <param name="Id">The indicator or score id the finding is about.</param>
public sealed record Finding(string Id, LocalizedText Text);

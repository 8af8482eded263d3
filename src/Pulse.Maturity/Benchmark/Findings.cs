using System.Globalization;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Benchmark;

/// <summary>
/// The study's findings as sentences, from the indicators and the comparison with the previous
/// wave: "Bij 10 % van de organisaties (95 %-BI 5–18 %, n = 91) geldt: …". A difference between
/// waves is called a change only when its test says so (p &lt; 0.05); otherwise the sentence says
/// that no difference was shown.
/// </summary>
public static class Findings
{
    /// <summary>Below this p-value a difference between waves is called a change.</summary>
    public const double Significance = 0.05;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="compareWave">The id of the wave <paramref name="comparison"/> compares with (its wave 2).</param>
    public static IReadOnlyList<Finding> Of(WaveBenchmark benchmark, WaveComparison? comparison = null, string? compareWave = null)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var changes = comparison?.Indicators.ToDictionary(c => c.Id, StringComparer.Ordinal) ?? [];
        var findings = new List<Finding>();
        foreach (var indicator in benchmark.Indicators.Where(i => i.N > 0 && i.Share is not null))
        {
            var nl = string.Create(Dutch, $"Bij {Percent(indicator.Share, Dutch)} van de organisaties (95 %-BI {Range(indicator.Lower, indicator.Upper)}, n = {indicator.N}) geldt: {Lower(indicator.Name.Nl)}.");
            var en = string.Create(English, $"At {Percent(indicator.Share, English)} of the organisations (95 % CI {Range(indicator.Lower, indicator.Upper)}, n = {indicator.N}): {Lower(indicator.Name.En)}.");
            if (compareWave is not null && changes.TryGetValue(indicator.Id, out var change) && change.N2 > 0)
            {
                var before = (double)change.X2 / change.N2;
                var (nlChange, enChange) = Change(indicator.Share!.Value, before, change.P);
                nl += string.Create(Dutch, $" In {compareWave} was dat {Percent(before, Dutch)} (n = {change.N2}): {nlChange}.");
                en += string.Create(English, $" In {compareWave} it was {Percent(before, English)} (n = {change.N2}): {enChange}.");
            }

            findings.Add(new Finding(indicator.Id, new LocalizedText(nl, en)));
        }

        if (benchmark.Distributions.GetValueOrDefault(WaveBenchmark.IndexId) is { } index)
        {
            var nl = string.Create(Dutch, $"De gemiddelde volwassenheidsindex is {index.Mean:0.0} (mediaan {index.Median:0.0}, n = {index.N}).");
            var en = string.Create(English, $"The mean maturity index is {index.Mean:0.0} (median {index.Median:0.0}, n = {index.N}).");
            if (compareWave is not null && comparison?.Scores.FirstOrDefault(s => s.Id == WaveBenchmark.IndexId) is { Mean2: { } mean2 } score)
            {
                var (nlChange, enChange) = Change(index.Mean, mean2, score.P);
                nl += string.Create(Dutch, $" In {compareWave} was dat {mean2:0.0} (n = {score.N2}): {nlChange}.");
                en += string.Create(English, $" In {compareWave} it was {mean2:0.0} (n = {score.N2}): {enChange}.");
            }

            findings.Add(new Finding(WaveBenchmark.IndexId, new LocalizedText(nl, en)));
        }

        return findings;
    }

    /// <summary>What the test says of the difference, with its p-value; "no difference shown" unless p &lt; 0.05.</summary>
    private static (string Nl, string En) Change(double now, double before, double? p)
    {
        if (p is not { } value) return ("niet te toetsen", "not testable");
        var nlP = value.ToString("0.000", Dutch);
        var enP = value.ToString("0.000", English);
        if (value >= Significance || now == before) return ($"geen aantoonbaar verschil (p = {nlP})", $"no difference shown (p = {enP})");
        return now > before
            ? ($"een aantoonbare stijging (p = {nlP})", $"a significant increase (p = {enP})")
            : ($"een aantoonbare daling (p = {nlP})", $"a significant decrease (p = {enP})");
    }

    /// <summary>A share as a whole percentage; below 1 % but above 0 with one decimal, so a rare finding does not read as none.</summary>
    private static string Percent(double? share, CultureInfo culture) => share switch
    {
        null => "–",
        > 0 and < 0.01 => (share.Value * 100).ToString("0.0", culture) + " %",
        _ => Math.Round(share.Value * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %",
    };

    private static string Range(double? lower, double? upper) =>
        lower is null || upper is null
            ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(lower.Value * 100, MidpointRounding.AwayFromZero):0}–{Math.Round(upper.Value * 100, MidpointRounding.AwayFromZero):0} %");

    /// <summary>The indicator's name as it continues a sentence: its first letter lower case, unless it is an abbreviation.</summary>
    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}

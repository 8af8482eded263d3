using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Pulse.Monitoring.Tests.Sentiment;

/// <summary>
/// The baseline of the acceptance: pattern's Dutch adjective lexicon used plainly, as pattern does
/// at heart — the mean polarity of the known words of a text (each word's senses averaged). No
/// negation, no intensifiers, no morphology. Read from the XML here, independent of Pulse's parser.
/// </summary>
public sealed partial class PatternBaseline
{
    private readonly Dictionary<string, double> polarity;

    public PatternBaseline(string xmlPath)
    {
        polarity = XDocument.Load(xmlPath).Descendants("word")
            .GroupBy(w => ((string)w.Attribute("form")!).ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(w => double.Parse((string)w.Attribute("polarity")!, CultureInfo.InvariantCulture)), StringComparer.Ordinal);
    }

    public double Score(string text)
    {
        var known = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(polarity.ContainsKey).Select(w => polarity[w]).ToList();
        return known.Count == 0 ? 0 : known.Average();
    }

    [GeneratedRegex(@"[\p{L}\p{N}'-]+")]
    private static partial Regex Words();
}

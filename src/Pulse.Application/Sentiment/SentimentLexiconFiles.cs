using Pulse.Monitoring.Text.Sentiment;
using Pulse.Storage;

namespace Pulse.Application.Sentiment;

/// <summary>
/// An organisation's own lexicon files (VADER, AFINN or pattern XML, docs/sentiment.md) read and
/// laid over the built-in lexicons. The reading is here; parsing and scoring stay pure in Pulse.Monitoring.
/// </summary>
public static class SentimentLexiconFiles
{
    /// <summary>The built-in analyzer with the entries of <paramref name="paths"/> on top, later files winning.</summary>
    public static SentimentAnalyzer Analyzer(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var extra = new List<LexiconEntry>();
        foreach (var path in paths)
        {
            if (!File.Exists(path)) throw new PulseUsageException($"lexicon file '{path}' does not exist");
            var text = File.ReadAllText(path);
            var format = Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase) ? LexiconFormat.PatternXml : LexiconParser.Detect(text);
            try
            {
                extra.AddRange(LexiconParser.Parse(text, format));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or System.Xml.XmlException)
            {
                throw new PulseUsageException($"lexicon file '{path}' ({format}) cannot be read: {e.Message}", e);
            }
        }

        return SentimentAnalyzer.Default.WithExtra(extra);
    }
}

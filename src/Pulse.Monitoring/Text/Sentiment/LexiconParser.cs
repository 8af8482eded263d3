using System.Globalization;
using System.Xml.Linq;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// Reads lexicons in the formats of <see cref="LexiconFormat"/>: text in, entries out, no files.
/// A line that cannot be read is refused with its line number, so a bad file never half-loads.
/// </summary>
public static class LexiconParser
{
    /// <summary>pattern's polarities are milder than VADER's means ("goed" 0.55, "good" 1.9); this puts them on one scale.</summary>
    public const double PatternScale = 3.5;

    /// <summary>AFINN's -5..+5 integers onto -4..+4.</summary>
    public const double AfinnScale = 0.8;

    public static IReadOnlyList<LexiconEntry> Parse(string text, LexiconFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format switch
        {
            LexiconFormat.PatternXml => ParsePatternXml(text),
            LexiconFormat.Afinn => ParseColumns(text, format, AfinnScale),
            _ => ParseColumns(text, format, 1.0),
        };
    }

    /// <summary>Guesses the format from the content: XML, integers in -5..5 (AFINN), 3+ columns (VADER), else Pulse.</summary>
    public static LexiconFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith("<", StringComparison.Ordinal)) return LexiconFormat.PatternXml;
        var columns = 0;
        var allIntegers = true;
        var lines = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            var parts = line.ToString().Split('\t');
            columns = Math.Max(columns, parts.Length);
            if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) allIntegers = false;
            if (++lines >= 50) break;
        }

        if (columns >= 3) return LexiconFormat.Vader;
        return allIntegers && lines > 0 ? LexiconFormat.Afinn : LexiconFormat.Pulse;
    }

    private static List<LexiconEntry> ParseColumns(string text, LexiconFormat format, double scale)
    {
        var entries = new List<LexiconEntry>();
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd();
            if (line.IsEmpty || line.Trim().IsEmpty || (format == LexiconFormat.Pulse && line[0] == '#')) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"line {number}: expected TERM<TAB>VALENCE in a {format} lexicon");
            var rest = line[(tab + 1)..];
            var end = rest.IndexOf('\t');
            var value = end < 0 ? rest : rest[..end];
            if (!double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new FormatException($"line {number}: '{value.ToString()}' is not a number");
            }

            if (format == LexiconFormat.Afinn && (valence != Math.Round(valence) || valence is < -5 or > 5))
            {
                throw new FormatException($"line {number}: AFINN valences are integers in -5..5");
            }

            // Pulse's own files must be in range (a typo is refused); foreign scales are fitted to it.
            var fitted = format == LexiconFormat.Pulse ? valence : Math.Clamp(valence * scale, -4, 4);
            entries.Add(new LexiconEntry(line[..tab].ToString(), fitted));
        }

        return entries;
    }

    private static List<LexiconEntry> ParsePatternXml(string text)
    {
        var document = XDocument.Parse(text);
        // pattern lists a word once per sense ("scherp": sharp sound vs sharp wit); its mean polarity is the word's.
        return document.Descendants("word")
            .Select(w => (Form: (string?)w.Attribute("form"), Polarity: (double?)w.Attribute("polarity")))
            .Where(w => !string.IsNullOrWhiteSpace(w.Form) && w.Polarity is not null)
            .GroupBy(w => w.Form!.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new LexiconEntry(g.Key, Math.Clamp(g.Average(w => w.Polarity!.Value) * PatternScale, -4, 4)))
            .ToList();
    }
}

using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.En;

namespace Pulse.Search.Analysis;

/// <summary>
/// The stop words of search (Lucene's Dutch and English lists, the same the analyzers drop), for
/// other text analyses that must agree with search on what is not a word worth counting, such as
/// trending terms.
/// </summary>
public static class StopWords
{
    /// <summary>Dutch and English stop words together, lower case.</summary>
    public static IReadOnlySet<string> DutchAndEnglish { get; } = Build();

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[] { DutchAnalyzer.DefaultStopSet, EnglishAnalyzer.DefaultStopSet })
        {
            foreach (var word in set) words.Add(word);
        }

        return words;
    }
}

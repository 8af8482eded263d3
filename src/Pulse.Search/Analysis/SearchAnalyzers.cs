using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Pulse.Search.Analysis;

/// <summary>
/// The one analysis of Pulse's Dutch and English text, shared by indexing, themes and search so
/// that a query word is cut and folded exactly like the words of a message.
/// </summary>
/// <remarks>
/// <para>Every chain starts the same: <see cref="StandardTokenizer"/> (Unicode word boundaries, so
/// punctuation never sticks to a word: "Reorganisatie," gives "reorganisatie"), lower case, then
/// <see cref="ASCIIFoldingFilter"/> ("café" and "Café" give "cafe", "geïnteresseerd" gives
/// "geinteresseerd").</para>
/// <para><see cref="Words"/> stops there: a theme matches whole words, so that its count can be
/// checked against a plain count of whole-word matches (issue 9, acceptance). The stemmed chains
/// drop the language's stop words before folding (the stop lists are written with accents) and stem
/// after it, so "medewerkers" and "medewerker" meet in free-text search; for Dutch,
/// <see cref="DutchPluralFilter"/> first undoes the plurals Snowball misses ("reorganisaties").</para>
/// </remarks>
public static class SearchAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Whole words: tokenise, lower-case, fold accents. No stop words, no stemming.</summary>
    public static Analyzer Words { get; } = Chain(stopWords: null, stemmer: null);

    /// <summary>Words, Dutch stop words removed, Snowball Dutch stems.</summary>
    public static Analyzer Dutch { get; } = Chain(DutchAnalyzer.DefaultStopSet, () => new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer(), dutchPlurals: true);

    /// <summary>Words, English stop words removed, Snowball English stems.</summary>
    public static Analyzer English { get; } = Chain(EnglishAnalyzer.DefaultStopSet, () => new EnglishStemmer());

    /// <summary>The analyzer of each field of a message document.</summary>
    internal static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        Words,
        new Dictionary<string, Analyzer>
        {
            [SearchFields.Words] = Words,
            [SearchFields.Dutch] = Dutch,
            [SearchFields.English] = English,
        });

    /// <summary>The analyzer that fills <paramref name="field"/>.</summary>
    internal static Analyzer For(string field) => field switch
    {
        SearchFields.Dutch => Dutch,
        SearchFields.English => English,
        _ => Words,
    };

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, with their positions
    /// (a removed stop word leaves a gap, so a phrase keeps its shape).</summary>
    internal static IReadOnlyList<(string Term, int Position)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private static Analyzer Chain(CharArraySet? stopWords, Func<SnowballProgram>? stemmer, bool dutchPlurals = false) =>
        Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            if (stopWords is not null)
                stream = new StopFilter(Version, stream, stopWords);
            stream = new ASCIIFoldingFilter(stream);
            if (dutchPlurals)
                stream = new DutchPluralFilter(stream);
            if (stemmer is not null)
                stream = new SnowballFilter(stream, stemmer());
            return new TokenStreamComponents(source, stream);
        });
}

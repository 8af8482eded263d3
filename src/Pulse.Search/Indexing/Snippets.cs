using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>Highlighted passages of a message body for a search query.</summary>
internal static class Snippets
{
    private const int FragmentLength = 160;
    private const int Fragments = 2;

    /// <summary>Tries the message's own stemmed field(s) first, so that "reorganisaties" marks
    /// "reorganisatie", then whole words; falls back to the start of the body.</summary>
    public static string Of(Query query, string body, string languageCode)
    {
        string[] fields = languageCode switch
        {
            "nl" => [SearchFields.Dutch, SearchFields.Words],
            "en" => [SearchFields.English, SearchFields.Words],
            _ => [SearchFields.Dutch, SearchFields.English, SearchFields.Words],
        };
        var encoder = new SimpleHTMLEncoder();
        foreach (var field in fields)
        {
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
            };
            using var tokens = SearchAnalyzers.For(field).GetTokenStream(field, body);
            var snippet = highlighter.GetBestFragments(tokens, body, Fragments, " … ");
            if (!string.IsNullOrEmpty(snippet))
                return snippet;
        }

        return encoder.EncodeText(body.Length <= FragmentLength ? body : body[..FragmentLength] + " …");
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Pulse.Search.Analysis;

namespace Pulse.Search.Experts;

/// <summary>
/// Free text (a question's title and body, a few words typed in a box) as a BM25 query over the stemmed
/// fields: no query language, so punctuation, quotes and "AND" in a question are just text.
/// </summary>
/// <remarks>
/// Each word becomes one clause that takes the better of its Dutch and English stem
/// (<see cref="DisjunctionMaxQuery"/>), so a message indexed under both stemmers (language unknown) does not
/// score twice. A long question keeps its <see cref="MaxTerms"/> rarest words (highest document frequency
/// last): common words add little to BM25 but most of the cost on a large index. A word repeated in the
/// question weighs more, as in the query-likelihood view of the document-centred expert model.
/// The words are also cut at a budget of <see cref="PostingBudget"/> postings (the sum of their document
/// frequencies, rarest first, at least one word): BM25 scores every posting of every word, so a question made
/// only of words that half the organisation uses would otherwise read millions of postings; the rare words
/// that fit carry most of the BM25 weight anyway. On the Stack Exchange sites (a few thousand posts) the
/// budget never binds.
/// </remarks>
internal static class ExpertQueryText
{
    public const int MaxTerms = 32;

    public const long PostingBudget = 100_000;

    public static Query? Build(string text, IndexReader reader)
    {
        var words = new Dictionary<(string? Nl, string? En), int>();
        foreach (var (word, _) in SearchAnalyzers.Terms(SearchAnalyzers.Words, SearchFields.Words, text))
        {
            var nl = Single(SearchAnalyzers.Dutch, SearchFields.Dutch, word);
            var en = Single(SearchAnalyzers.English, SearchFields.English, word);
            if (nl is null && en is null) continue; // a stop word in both languages
            words[(nl, en)] = words.GetValueOrDefault((nl, en)) + 1;
        }

        var dutch = Statistics(reader, SearchFields.Dutch, words.Keys.Select(k => k.Nl));
        var english = Statistics(reader, SearchFields.English, words.Keys.Select(k => k.En));
        var clauses = new List<(Query Query, int Frequency)>();
        foreach (var ((nl, en), count) in words)
        {
            var nlTerm = nl is null ? null : dutch[nl];
            var enTerm = en is null ? null : english[en];
            var frequency = (nlTerm?.States.DocFreq ?? 0) + (enTerm?.States.DocFreq ?? 0);
            if (frequency == 0) continue;
            var either = new DisjunctionMaxQuery(0f);
            if (nlTerm is { } n) either.Add(new TermQuery(n.Term, n.States));
            if (enTerm is { } e) either.Add(new TermQuery(e.Term, e.States));
            either.Boost = count;
            clauses.Add((either, frequency));
        }

        if (clauses.Count == 0) return null;
        var query = new BooleanQuery();
        var postings = 0L;
        foreach (var (clause, frequency) in clauses.OrderBy(c => c.Frequency).Take(MaxTerms))
        {
            if (query.Clauses.Count > 0 && postings + frequency > PostingBudget) break;
            query.Add(clause, Occur.SHOULD);
            postings += frequency;
        }

        return query;
    }

    /// <summary>
    /// Each of <paramref name="texts"/> as a term of <paramref name="field"/> with its statistics and per-segment
    /// state: what <see cref="IndexReader.DocFreq(Term)"/> gives for choosing the rarest words, and what the
    /// <see cref="TermQuery"/> would otherwise seek again when scoring. One terms enumerator per segment, sought
    /// in term order: an enumerator per word and segment cost more than scoring on a million messages.
    /// </summary>
    private static Dictionary<string, Statistic> Statistics(IndexReader reader, string field, IEnumerable<string?> texts)
    {
        var terms = texts.OfType<string>().Distinct(StringComparer.Ordinal).Select(t => new Term(field, t)).ToList();
        terms.Sort((x, y) => x.Bytes.CompareTo(y.Bytes));
        var top = reader.Context;
        var states = terms.ToDictionary(t => t.Text, t => new Statistic(t, new TermContext(top)), StringComparer.Ordinal);
        if (terms.Count == 0) return states;
        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.Fields?.GetTerms(field) is not { } fieldTerms) continue;
            var seek = fieldTerms.GetEnumerator();
            foreach (var term in terms)
            {
                if (seek.SeekExact(term.Bytes))
                    states[term.Text].States.Register(seek.GetTermState(), leaf.Ord, seek.DocFreq, seek.TotalTermFreq);
            }
        }

        return states;
    }

    private static string? Single(Lucene.Net.Analysis.Analyzer analyzer, string field, string word)
    {
        var terms = SearchAnalyzers.Terms(analyzer, field, word);
        return terms.Count == 0 ? null : terms[0].Term;
    }

    private sealed record Statistic(Term Term, TermContext States);
}

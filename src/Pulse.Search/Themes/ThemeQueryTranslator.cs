using Lucene.Net.Index;
using Lucene.Net.Search;
using Pulse.Search.Analysis;

namespace Pulse.Search.Themes;

/// <summary>Turns a <see cref="ThemeQuery"/> into a Lucene query over analysed fields. Each word and
/// phrase goes through the analyzer of the field it is matched in, so it is cut, lower-cased, folded
/// (and stemmed) exactly like the messages were.</summary>
internal static class ThemeQueryTranslator
{
    /// <summary>Themes: whole words only, so a theme count equals a plain whole-word count.</summary>
    public static Query ForTheme(ThemeQuery query) => Translate(query, [SearchFields.Words]);

    /// <summary>Free-text search: a word matches as a whole word or by its Dutch or English stem; a phrase
    /// (or a word the analysis cuts in pieces, "e-mail") matches its exact words only, since the stemmed
    /// fields keep no positions.</summary>
    public static Query ForSearch(ThemeQuery query) =>
        Translate(query, [SearchFields.Words, SearchFields.Dutch, SearchFields.English]);

    private static Query Translate(ThemeQuery query, string[] fields) => query switch
    {
        ThemeQuery.Word word => Text(word.Text, fields),
        ThemeQuery.Phrase phrase => Text(phrase.Text, fields),
        ThemeQuery.And => All(Flatten<ThemeQuery.And>(query, a => (a.Left, a.Right)), fields),
        ThemeQuery.Or => Any(Flatten<ThemeQuery.Or>(query, o => (o.Left, o.Right)), fields),
        ThemeQuery.Not not => Without(Translate(not.Operand, fields)),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "Unknown kind of theme query."),
    };

    private static BooleanQuery All(List<ThemeQuery> operands, string[] fields)
    {
        // NOT operands become prohibited clauses of the conjunction; only when every operand is a NOT
        // is "all messages" the positive part (Lucene matches nothing on prohibited clauses alone).
        var result = new BooleanQuery();
        foreach (var operand in operands)
        {
            if (operand is ThemeQuery.Not not)
                result.Add(Translate(not.Operand, fields), Occur.MUST_NOT);
            else
                result.Add(Translate(operand, fields), Occur.MUST);
        }

        if (operands.All(o => o is ThemeQuery.Not))
            result.Add(new MatchAllDocsQuery(), Occur.MUST);
        return result;
    }

    private static BooleanQuery Any(List<ThemeQuery> operands, string[] fields)
    {
        var result = new BooleanQuery();
        foreach (var operand in operands)
            result.Add(Translate(operand, fields), Occur.SHOULD);
        return result;
    }

    private static BooleanQuery Without(Query excluded) =>
        new() { { new MatchAllDocsQuery(), Occur.MUST }, { excluded, Occur.MUST_NOT } };

    // a AND b AND c parses as ((a AND b) AND c); one flat clause list keeps the Lucene query shallow.
    private static List<ThemeQuery> Flatten<T>(ThemeQuery query, Func<T, (ThemeQuery Left, ThemeQuery Right)> sides)
        where T : ThemeQuery
    {
        var operands = new List<ThemeQuery>();
        var pending = new Stack<ThemeQuery>();
        pending.Push(query);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is T same)
            {
                var (left, right) = sides(same);
                pending.Push(right);
                pending.Push(left);
            }
            else
            {
                operands.Add(next);
            }
        }

        return operands;
    }

    private static Query Text(string text, string[] fields)
    {
        var perField = new List<Query>();
        foreach (var field in fields)
        {
            var terms = SearchAnalyzers.Terms(SearchAnalyzers.For(field), field, text);
            if (terms.Count == 1)
            {
                perField.Add(new TermQuery(new Term(field, terms[0].Term)));
            }
            else if (terms.Count > 1 && field == SearchFields.Words)
            {
                var phrase = new PhraseQuery();
                foreach (var (term, position) in terms)
                    phrase.Add(new Term(field, term), position);
                perField.Add(phrase);
            }

            // No terms (only stop words in this language) or a phrase in a stemmed field: the words field matches it.
        }

        if (perField.Count == 1)
            return perField[0];
        var any = new BooleanQuery();
        foreach (var query in perField)
            any.Add(query, Occur.SHOULD);
        return any;
    }
}

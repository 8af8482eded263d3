using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pulse.Search.Analysis;

/// <summary>
/// Two Dutch plurals that the Snowball Dutch stemmer leaves alone, so that search finds the singular:
/// <c>-ies</c> → <c>-ie</c> ("reorganisaties", "organisaties", "functies" are common in workplace
/// talk; Snowball keeps the s after a vowel) and <c>'s</c> after a vowel-final word ("collega's",
/// "cafe's"). Runs after accent folding, so ’ has become '.
/// </summary>
internal sealed class DutchPluralFilter : TokenFilter
{
    // "vies" (dirty) or "pies" must not lose their s; real -ies plurals are longer.
    private const int ShortestIesPlural = 6;

    private readonly ICharTermAttribute _term;

    public DutchPluralFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public sealed override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length >= ShortestIesPlural && buffer[length - 3] == 'i' && buffer[length - 2] == 'e' && buffer[length - 1] == 's')
            _term.Length = length - 1;
        else if (length >= 3 && buffer[length - 2] == '\'' && buffer[length - 1] == 's')
            _term.Length = length - 2;
        return true;
    }
}

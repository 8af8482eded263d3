using System.Globalization;
using Pulse.Search.Analysis;

namespace Pulse.Search.Themes;

/// <summary>Recursive descent over the grammar of docs/search.md:
/// <c>or := and (OR and)*; and := unary ((AND)? unary)*; unary := NOT unary | primary;
/// primary := word | "phrase" | ( or )</c>.</summary>
internal sealed class ThemeQueryParser
{
    private const string AnOperand = "a word, a \"phrase\", NOT or '(' was expected";

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _next;

    public ThemeQueryParser(string text)
    {
        _text = text;
        _tokens = Lex(text);
    }

    public ThemeQuery Parse()
    {
        if (Peek.Kind == TokenKind.End)
            throw new ThemeQueryException(1, "the query is empty; " + AnOperand);
        var query = ParseOr();
        return Peek.Kind switch
        {
            TokenKind.End => query,
            TokenKind.Close => throw new ThemeQueryException(Peek.Position, "')' has no matching '('"),
            _ => throw new ThemeQueryException(Peek.Position, "AND, OR or the end of the query was expected, found " + Describe(Peek)),
        };
    }

    private Token Peek => _tokens[_next];

    private ThemeQuery ParseOr()
    {
        var left = ParseAnd(after: null);
        while (Peek.Kind == TokenKind.Or)
        {
            var or = Take();
            left = new ThemeQuery.Or(left, ParseAnd(after: or));
        }

        return left;
    }

    private ThemeQuery ParseAnd(Token? after)
    {
        var left = ParseUnary(after);
        while (true)
        {
            if (Peek.Kind == TokenKind.And)
            {
                var and = Take();
                left = new ThemeQuery.And(left, ParseUnary(and));
            }
            else if (Peek.Kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Open or TokenKind.Not)
            {
                // Adjacent operands: implicit AND, as in web search ("nieuwe werkplek" unquoted is both words anywhere).
                left = new ThemeQuery.And(left, ParseUnary(after: null));
            }
            else
            {
                return left;
            }
        }
    }

    private ThemeQuery ParseUnary(Token? after)
    {
        if (Peek.Kind != TokenKind.Not)
            return ParsePrimary(after);
        var not = Take();
        return new ThemeQuery.Not(ParseUnary(not));
    }

    private ThemeQuery ParsePrimary(Token? after)
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Word:
                Take();
                RequireWords(token);
                return new ThemeQuery.Word(token.Text);
            case TokenKind.Phrase:
                Take();
                if (token.Text.Trim().Length == 0)
                    throw new ThemeQueryException(token.Position, "the phrase is empty; write words between the quotes");
                RequireWords(token);
                return new ThemeQuery.Phrase(token.Text.Trim());
            case TokenKind.Open:
                Take();
                var inner = ParseOr();
                if (Peek.Kind != TokenKind.Close)
                {
                    throw new ThemeQueryException(Peek.Position, string.Create(CultureInfo.InvariantCulture,
                        $"a closing parenthesis ')' was expected for the '(' at position {token.Position}, found {Describe(Peek)}"));
                }

                Take();
                return inner;
            default:
                var context = after is null ? "" : " after " + after.Value.Text.ToUpperInvariant();
                throw new ThemeQueryException(token.Position, AnOperand + context + ", found " + Describe(token));
        }
    }

    // A word of only punctuation ("-", "!!") would match nothing at all; say so instead of counting zero.
    private static void RequireWords(Token token)
    {
        if (SearchAnalyzers.Terms(SearchAnalyzers.Words, SearchFields.Words, token.Text).Count == 0)
            throw new ThemeQueryException(token.Position, "'" + token.Text + "' holds no letters or digits to match");
    }

    private Token Take() => _tokens[_next++];

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the query",
        TokenKind.Phrase => "a phrase",
        _ => string.Concat("'", _text.AsSpan(token.Position - 1, token.Length), "'"),
    };

    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString(), i + 1, 1));
                i++;
            }
            else if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new ThemeQueryException(i + 1,
                        "a closing quote is missing for the phrase that starts here");
                }

                tokens.Add(new Token(TokenKind.Phrase, text[(i + 1)..close], i + 1, close - i + 1));
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
                    i++;
                var word = text[start..i];
                // Operators in any case: "reorganisatie or werkplek" must not silently become three ANDed words.
                var kind = word.ToUpperInvariant() switch
                {
                    "AND" => TokenKind.And,
                    "OR" => TokenKind.Or,
                    "NOT" => TokenKind.Not,
                    _ => TokenKind.Word,
                };
                tokens.Add(new Token(kind, word, start + 1, i - start));
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length + 1, 0));
        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Phrase,
        And,
        Or,
        Not,
        Open,
        Close,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Position, int Length);
}

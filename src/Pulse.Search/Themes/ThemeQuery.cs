using System.Globalization;

namespace Pulse.Search.Themes;

/// <summary>
/// A theme's saved query as a tree: words, quoted phrases, AND, OR, NOT and parentheses.
/// Grammar, precedence and matching rules: docs/search.md.
/// </summary>
/// <remarks><see cref="ToString"/> writes the tree back fully parenthesised
/// (<c>(reorganisatie OR ("nieuwe werkplek" AND NOT test))</c>), which shows how a query was
/// understood and parses back to an equal tree.</remarks>
public abstract record ThemeQuery
{
    private protected ThemeQuery()
    {
    }

    /// <summary>Parses a theme query such as <c>reorganisatie OR "nieuwe werkplek" AND NOT test</c>.</summary>
    /// <exception cref="ThemeQueryException">The query is empty or malformed; the message names the
    /// 1-based character position and what was expected there.</exception>
    public static ThemeQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new ThemeQueryParser(query).Parse();
    }

    /// <summary>One word, matched as a whole word, ignoring case and accents. A word the analysis cuts
    /// in pieces ("e-mail") matches those pieces as a phrase.</summary>
    public sealed record Word(string Text) : ThemeQuery
    {
        public override string ToString() => Text;
    }

    /// <summary>Words that must follow each other in this order (<c>"nieuwe werkplek"</c>).</summary>
    public sealed record Phrase(string Text) : ThemeQuery
    {
        public override string ToString() => "\"" + Text + "\"";
    }

    /// <summary>Both sides match.</summary>
    public sealed record And(ThemeQuery Left, ThemeQuery Right) : ThemeQuery
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Left} AND {Right})");
    }

    /// <summary>Either side matches.</summary>
    public sealed record Or(ThemeQuery Left, ThemeQuery Right) : ThemeQuery
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Left} OR {Right})");
    }

    /// <summary>The operand does not match. On its own (<c>NOT test</c>) it matches every message without it.</summary>
    public sealed record Not(ThemeQuery Operand) : ThemeQuery
    {
        public override string ToString() => "NOT " + Operand;
    }
}

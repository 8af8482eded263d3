using System.Runtime.CompilerServices;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Answers;

/// <summary>
/// Turns what a person or a survey tool wrote into an item's canonical answer, or refuses it with
/// one sentence. Accepted, per scale (surrounding whitespace is ignored everywhere):
/// <list type="bullet">
/// <item>Likert 1..k: whole numbers only ("3", not "3.0" or "agree") → "1".."k".</item>
/// <item>yes/no: yes, no, ja, nee, y, n, j, true, false, 1, 0, any case → "yes" / "no".</item>
/// <item>percentage: 0..100 with '.' or ',' as decimal mark and an optional '%' ("62,5 %") → the
/// shortest invariant form ("62.5"); 140 or -1 is an error, never clamped.</item>
/// <item>single choice: an option value, any case → the model's value.</item>
/// <item>multiple choice: option values separated by ';' → model order, without duplicates, joined by ';'.</item>
/// <item>blank, dk, weet niet, don't know, n/a → missing (null).</item>
/// </list>
/// Canonical strings are shared instances (Likert digits, yes/no, the model's option values, and
/// the strings of whole percentages and of option combinations), so a wave of 100,000
/// respondents does not hold millions of copies of "4".
/// </summary>
public static class AnswerParser
{
    private static readonly ConditionalWeakTable<Item, ItemAnswerReader> Readers = [];

    /// <summary>Parses one raw answer for <paramref name="item"/>.</summary>
    public static ParsedAnswer Parse(Item item, string? raw)
    {
        ArgumentNullException.ThrowIfNull(item);
        return raw is null ? ParsedAnswer.Missing : ReaderFor(item).Read(raw.AsSpan());
    }

    /// <summary>Parses one raw answer for <paramref name="item"/> without allocating for the common cases.</summary>
    public static ParsedAnswer Parse(Item item, ReadOnlySpan<char> raw)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ReaderFor(item).Read(raw);
    }

    internal static ItemAnswerReader ReaderFor(Item item) => Readers.GetValue(item, static i => new ItemAnswerReader(i));
}

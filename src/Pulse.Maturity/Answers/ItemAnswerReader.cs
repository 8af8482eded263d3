using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Answers;

/// <summary>
/// The parser of one item's answers, built once per item: lookup tables that ignore case and
/// take spans, so parsing a file does not allocate per value.
/// </summary>
internal sealed class ItemAnswerReader
{
    private static readonly string[] WholePercentages = Enumerable.Range(0, 101).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static readonly Dictionary<string, string> YesNoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = StandardOptions.Yes, ["ja"] = StandardOptions.Yes, ["y"] = StandardOptions.Yes, ["j"] = StandardOptions.Yes,
        ["true"] = StandardOptions.Yes, ["1"] = StandardOptions.Yes,
        ["no"] = StandardOptions.No, ["nee"] = StandardOptions.No, ["n"] = StandardOptions.No,
        ["false"] = StandardOptions.No, ["0"] = StandardOptions.No,
    };

    private readonly Item _item;
    private readonly Dictionary<string, int> _options;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _optionLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _yesNoLookup = YesNoWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly ConcurrentDictionary<ulong, string> _combinations = new();

    public ItemAnswerReader(Item item)
    {
        _item = item;
        _options = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < item.Options.Count; i++)
        {
            _options.TryAdd(item.Options[i].Value, i);
        }

        _optionLookup = _options.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ParsedAnswer Read(ReadOnlySpan<char> raw)
    {
        var value = raw.Trim();
        if (MissingAnswer.IsMissing(value))
        {
            return ParsedAnswer.Missing;
        }

        return _item.Scale switch
        {
            Scale.Likert5 or Scale.Likert7 => ReadLikert(value),
            Scale.YesNo => _yesNoLookup.TryGetValue(value, out var yesNo)
                ? ParsedAnswer.Of(yesNo)
                : Refuse(value, "yes or no (also ja/nee, j/n, y/n, true/false, 1/0)"),
            Scale.Percent => ReadPercent(value),
            Scale.Choice => _optionLookup.TryGetValue(value, out var index)
                ? ParsedAnswer.Of(_item.Options[index].Value)
                : Refuse(value, $"one of {OptionList()}"),
            Scale.Multi => ReadMulti(value),
            _ => Refuse(value, "a known scale"),
        };
    }

    /// <summary>The canonical string of a set of chosen options (bit i = option i), shared per combination.</summary>
    public string Combination(ulong mask) => _combinations.GetOrAdd(mask, static (m, item) =>
    {
        var builder = new StringBuilder();
        for (var i = 0; i < item.Options.Count; i++)
        {
            if ((m & (1UL << i)) != 0)
            {
                builder.Append(builder.Length == 0 ? string.Empty : ";").Append(item.Options[i].Value);
            }
        }

        return builder.ToString();
    }, _item);

    private ParsedAnswer ReadLikert(ReadOnlySpan<char> value)
    {
        var k = _item.Scale.LikertPoints();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 && v <= k
            ? ParsedAnswer.Of(_item.Options[v - 1].Value)
            : Refuse(value, $"a whole number from 1 to {k}");
    }

    private ParsedAnswer ReadPercent(ReadOnlySpan<char> value)
    {
        var number = value;
        if (number.EndsWith('%'))
        {
            number = number[..^1].TrimEnd();
        }

        Span<char> buffer = stackalloc char[32];
        if (number.Length > buffer.Length || (number.Contains(',') && number.Contains('.')) || number.Count(',') > 1)
        {
            return Refuse(value, "a percentage from 0 to 100, such as 40, 62.5 or 62,5%");
        }

        number.CopyTo(buffer);
        var normalised = buffer[..number.Length];
        normalised.Replace(',', '.');
        // TryParse accepts "NaN" and "Infinity" whatever the styles say; neither is a percentage.
        if (!double.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent))
        {
            return Refuse(value, "a percentage from 0 to 100, such as 40, 62.5 or 62,5%");
        }

        if (percent is < 0 or > 100)
        {
            return Refuse(value, "a percentage from 0 to 100 (values outside are not clamped)");
        }

        return ParsedAnswer.Of(percent == Math.Floor(percent)
            ? WholePercentages[(int)percent]
            : percent.ToString("R", CultureInfo.InvariantCulture));
    }

    private ParsedAnswer ReadMulti(ReadOnlySpan<char> value)
    {
        ulong mask = 0;
        foreach (var range in value.Split(';'))
        {
            var part = value[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (!_optionLookup.TryGetValue(part, out var index))
            {
                return ParsedAnswer.Invalid(
                    $"'{part}' in '{value}' is not an answer to {_item.Id}: expected options from {OptionList()}, separated by ';', or empty for don't know.");
            }

            mask |= 1UL << index;
        }

        return mask == 0 ? ParsedAnswer.Missing : ParsedAnswer.Of(Combination(mask));
    }

    private string OptionList() => string.Join(", ", _item.Options.Select(o => o.Value));

    private ParsedAnswer Refuse(ReadOnlySpan<char> value, string expected) =>
        ParsedAnswer.Invalid($"'{value}' is not an answer to {_item.Id}: expected {expected}, or empty for don't know.");
}

using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// Turns the answers of one scoring run into <see cref="ResolvedAnswer"/>s, caching per item and
/// per distinct string: a wave has few distinct answers per item, so 100,000 respondents cost a
/// dictionary lookup per answer rather than a parse. Not thread-safe: one per run.
/// </summary>
internal sealed class AnswerResolver
{
    private readonly Dictionary<string, ResolvedAnswer>[] _caches;

    public AnswerResolver(MaturityModel model)
    {
        Model = model;
        Items = [.. model.AllItems];
        _caches = new Dictionary<string, ResolvedAnswer>[Items.Length];
        OptionOffsets = new int[Items.Length + 1];
        for (var i = 0; i < Items.Length; i++)
        {
            _caches[i] = new Dictionary<string, ResolvedAnswer>(StringComparer.Ordinal);
            OptionOffsets[i + 1] = OptionOffsets[i] + (Items[i].Scale.IsNumeric() ? 0 : Items[i].Options.Count);
        }
    }

    public MaturityModel Model { get; }

    public Item[] Items { get; }

    /// <summary>Where each item's option counters start in a flat array; the last entry is the total.</summary>
    public int[] OptionOffsets { get; }

    /// <exception cref="ArgumentException">The answer is not valid for the item.</exception>
    public ResolvedAnswer Resolve(int itemIndex, string value, Response response)
    {
        var cache = _caches[itemIndex];
        if (cache.TryGetValue(value, out var resolved))
        {
            return resolved;
        }

        var item = Items[itemIndex];
        var parsed = AnswerParser.Parse(item, value);
        if (!parsed.IsValid)
        {
            throw new ArgumentException(
                $"Response of respondent '{response.Respondent}' of organisation '{response.Organisation}' has an invalid answer: {parsed.Error}",
                nameof(response));
        }

        resolved = parsed.Value is null ? ResolvedAnswer.Missing : ResolvedAnswer.FromCanonical(item, parsed.Value);
        cache[value] = resolved;
        return resolved;
    }
}

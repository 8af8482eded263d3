using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;

namespace Pulse.Rendering.Text;

/// <summary>The printed name of a score id: the index, a precondition, a construct or a regression term.</summary>
internal static class ScoreNames
{
    /// <summary>The name of <paramref name="id"/> in the text's language; the id itself when the model has no such score.</summary>
    public static string Of(MaturityModel model, string id, ReportText text)
    {
        if (string.Equals(id, WaveBenchmark.IndexId, StringComparison.Ordinal))
        {
            return text.MaturityIndex;
        }

        if (model.Preconditions.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal)) is { } precondition)
        {
            return precondition.Name.In(text.Language);
        }

        if (model.FindConstruct(id) is { } construct)
        {
            return construct.Name.In(text.Language);
        }

        // A score of another model version (a wave comparison across versions) keeps its id.
        return id;
    }

    /// <summary>The name of a regression term: "(Intercept)" or a construct id.</summary>
    public static string OfTerm(MaturityModel model, string term, ReportText text) =>
        string.Equals(term, "(Intercept)", StringComparison.Ordinal) ? text.Intercept : Of(model, term, text);

    /// <summary>The score ids of a precondition in report order: the precondition itself, then its constructs.</summary>
    public static IEnumerable<string> OfPrecondition(Precondition precondition) =>
        [precondition.Id, .. precondition.Constructs.Select(c => c.Id)];
}

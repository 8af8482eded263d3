using Pulse.Maturity.Model;

namespace Pulse.Maturity.Survey;

/// <summary>The header of an answer file for a model: what <c>pulse survey template</c> writes.</summary>
public static class SurveyTemplate
{
    /// <summary>
    /// <c>organisation</c>, <c>respondent</c> (unless left out), then every item id in model order
    /// (construct items, then facts).
    /// </summary>
    public static IReadOnlyList<string> Header(MaturityModel model, bool includeRespondent = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            MaturityModel.OrganisationColumn,
            .. includeRespondent ? [MaturityModel.RespondentColumn] : Array.Empty<string>(),
            .. model.AllItems.Select(i => i.Id),
        ];
    }
}

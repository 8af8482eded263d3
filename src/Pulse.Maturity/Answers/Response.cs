namespace Pulse.Maturity.Answers;

/// <summary>
/// One respondent's answers for one organisation: a key respondent answering for the
/// organisation, or one employee of it.
/// </summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="Respondent">Unique within the organisation in one wave ("1" when the file has no respondent column).</param>
/// <param name="Values">
/// Canonical answers (see <see cref="AnswerParser"/>) aligned with the model's
/// <see cref="Model.MaturityModel.AllItems"/>; null where missing. Kept as given, not copied,
/// because a wave can hold 100,000 of them: do not change the list afterwards.
/// </param>
public sealed record Response(string Organisation, string Respondent, IReadOnlyList<string?> Values)
{
    /// <summary>The organisation's slug.</summary>
    public string Organisation { get; } = Organisation ?? throw new ArgumentNullException(nameof(Organisation));

    /// <summary>The respondent id.</summary>
    public string Respondent { get; } = Respondent ?? throw new ArgumentNullException(nameof(Respondent));

    /// <summary>The answers, aligned with the model's items.</summary>
    public IReadOnlyList<string?> Values { get; } = Values ?? throw new ArgumentNullException(nameof(Values));
}

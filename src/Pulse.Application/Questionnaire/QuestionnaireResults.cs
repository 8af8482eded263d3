using Pulse.Maturity.Questionnaire;
using Pulse.Storage;

namespace Pulse.Application.Questionnaire;

/// <summary>One new invitation: its number in the organisation and wave, and the token of its link (shown once, never stored).</summary>
public sealed record NewInvitation(int Number, string Token);

/// <summary>The invitations just created for one organisation in one wave.</summary>
public sealed record InvitationBatch(string Wave, string Organisation, IReadOnlyList<NewInvitation> Invitations);

/// <summary>
/// An invitation opened by its link: the organisation and wave, the questionnaire of the wave's
/// model, the answers so far and whether they were submitted.
/// </summary>
public sealed record QuestionnaireSession(
    string Wave,
    string Organisation,
    string OrganisationName,
    int Number,
    QuestionnaireForm Form,
    IReadOnlyList<string?> Values,
    DateTime? StartedAt,
    DateTime? UpdatedAt,
    DateTime? SubmittedAt)
{
    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>The steps asked, given the answers so far.</summary>
    public IReadOnlyList<QuestionnaireStep> ActiveSteps => Form.ActiveSteps(Values);

    /// <summary>The stored answer of an item (canonical), or null.</summary>
    public string? Answer(string itemId) => Values[Form.Model.IndexOf(itemId)];
}

/// <summary>What saving one page did.</summary>
/// <param name="Session">The invitation after the save (the page's valid answers applied).</param>
/// <param name="Problems">Refused answers, each naming its item; empty when the whole page was accepted.</param>
/// <param name="Refusal">Set when nothing could be saved: the questionnaire was already submitted.</param>
public sealed record SaveOutcome(QuestionnaireSession Session, IReadOnlyList<AnswerProblem> Problems, string? Refusal = null)
{
    public bool IsSaved => Refusal is null && Problems.Count == 0;
}

/// <summary>What submitting did.</summary>
/// <param name="Session">The invitation afterwards.</param>
/// <param name="Refusal">Null when submitted; else one sentence why not.</param>
/// <param name="Unmet">The requirements the answers miss, when that is why.</param>
public sealed record SubmitOutcome(QuestionnaireSession Session, string? Refusal, IReadOnlyList<UnmetRequirement> Unmet)
{
    public bool IsSubmitted => Refusal is null;

    /// <summary>True when the refusal is that it had been submitted before.</summary>
    public bool WasAlreadySubmitted { get; init; }
}

/// <summary>How far the invitations of a wave have got, per organisation.</summary>
public sealed record WaveProgress(string Wave, IReadOnlyList<InvitationProgress> Organisations)
{
    public int Invited => Organisations.Sum(o => o.Invited);

    public int Started => Organisations.Sum(o => o.Started);

    public int Submitted => Organisations.Sum(o => o.Submitted);
}

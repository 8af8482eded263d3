using System.Collections.Concurrent;
using Pulse.Application.Benchmark;
using Pulse.Maturity.Questionnaire;
using Pulse.Storage;

namespace Pulse.Application.Questionnaire;

/// <summary>
/// The respondents' questionnaire (docs/questionnaire.md): invitations per organisation and wave,
/// opened by the token in their link, answered page by page (each page saved as the respondent
/// goes and checked with the same parser as an answer file), submitted once. A submitted
/// questionnaire is a response of its organisation in the wave like an imported one, so scoring
/// combines several respondents of one organisation exactly as it does for a file.
/// </summary>
public sealed class QuestionnaireService(PulseDatabase database)
{
    /// <summary>Most invitations one call creates: a large employee survey goes out in a few batches, a typo does not make millions.</summary>
    public const int MaxBatch = 1000;

    private static readonly ConcurrentDictionary<string, QuestionnaireForm> Forms = new(StringComparer.Ordinal);

    private readonly InvitationStore invitations = new(database);
    private readonly SurveyStore surveys = new(database);

    /// <summary>Creates <paramref name="count"/> invitations for the organisation in the wave; the tokens are returned once and only their hashes kept.</summary>
    public async Task<InvitationBatch> InviteAsync(string waveCode, string slug, int count, CancellationToken cancellationToken = default)
    {
        if (count is < 1 or > MaxBatch)
        {
            throw new PulseUsageException($"--count must be 1 to {MaxBatch}, not {count}.");
        }

        var wave = await surveys.GetWaveAsync(waveCode, cancellationToken);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var tokens = Enumerable.Range(0, count).Select(_ => InvitationToken.New()).ToList();
        var numbers = await invitations.CreateAsync(wave.Id, organisation.Id, [.. tokens.Select(InvitationToken.Hash)], cancellationToken);
        return new InvitationBatch(wave.Code, organisation.Slug, [.. numbers.Select((n, i) => new NewInvitation(n, tokens[i]))]);
    }

    /// <summary>The invitation of this token, or null when there is none (a link mistyped, or not Pulse's).</summary>
    public async Task<QuestionnaireSession?> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!InvitationToken.HasShape(token)) return null;
        var stored = await invitations.FindAsync(InvitationToken.Hash(token!), cancellationToken);
        return stored is null ? null : Session(stored);
    }

    /// <summary>
    /// Saves the answers of step <paramref name="step"/>: every item of the page takes the value
    /// <paramref name="answers"/> has for its id (absent or blank = don't know; the options of a
    /// multiple-choice item joined by ';'). Valid answers are saved even when others on the page
    /// are refused; refused ones are reported with the parser's sentence, which names the item.
    /// </summary>
    /// <returns>Null for an unknown token.</returns>
    /// <exception cref="PulseUsageException">There is no such step.</exception>
    public async Task<SaveOutcome?> SaveAsync(string? token, int step, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (await OpenAsync(token, cancellationToken) is not { } session) return null;
        if (session.IsSubmitted) return new SaveOutcome(session, [], AlreadySubmitted);
        var page = session.Form.Step(step) ?? throw new PulseUsageException($"The questionnaire has steps 1 to {session.Form.Steps.Count}, not {step}.");
        var read = session.Form.Read(page, session.Values, id => answers.GetValueOrDefault(id));
        if (!await invitations.SaveDraftAsync(InvitationToken.Hash(token!), read.Values, cancellationToken))
        {
            // Submitted in another tab between opening and saving.
            return new SaveOutcome(await OpenAsync(token, cancellationToken) ?? session, [], AlreadySubmitted);
        }

        return new SaveOutcome(session with { Values = read.Values }, read.Problems);
    }

    /// <summary>
    /// Submits the answers saved so far, once: refused when submitted before, or when the model
    /// could not score them (has_community unanswered, a construct with fewer than half its items).
    /// </summary>
    /// <returns>Null for an unknown token.</returns>
    public async Task<SubmitOutcome?> SubmitAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await OpenAsync(token, cancellationToken) is not { } session) return null;
        if (session.IsSubmitted) return new SubmitOutcome(session, AlreadySubmitted, []) { WasAlreadySubmitted = true };
        var unmet = session.Form.Unmet(session.Values);
        if (unmet.Count > 0)
        {
            return new SubmitOutcome(session, $"Not submitted: {unmet.Count} part{(unmet.Count == 1 ? " is" : "s are")} not answered enough to be scored: {string.Join(" ", unmet.Select(u => u.Message))}", unmet);
        }

        var result = await invitations.SubmitAsync(InvitationToken.Hash(token!), session.Form.Submitted(session.Values), cancellationToken);
        var after = await OpenAsync(token, cancellationToken) ?? session;
        return result switch
        {
            SubmitResult.Submitted => new SubmitOutcome(after, null, []),
            _ => new SubmitOutcome(after, AlreadySubmitted, []) { WasAlreadySubmitted = true },
        };
    }

    /// <summary>Per organisation invited to the wave: how many were invited, have started and have submitted.</summary>
    public async Task<WaveProgress> ProgressAsync(string waveCode, CancellationToken cancellationToken = default)
    {
        var wave = await surveys.GetWaveAsync(waveCode, cancellationToken);
        return new WaveProgress(wave.Code, await invitations.ProgressAsync(wave.Id, cancellationToken));
    }

    private const string AlreadySubmitted = "This questionnaire has already been submitted; it can be submitted only once.";

    private static QuestionnaireSession Session(StoredInvitation stored)
    {
        var form = Forms.GetOrAdd(stored.ModelVersion, v => new QuestionnaireForm(Models.Get(v)));
        var values = stored.Draft(form.Model.AllItems.Count) ?? form.Empty();
        return new QuestionnaireSession(
            stored.WaveCode, stored.Organisation, stored.OrganisationName, stored.Number, form, values,
            stored.StartedAt, stored.UpdatedAt, stored.SubmittedAt);
    }
}

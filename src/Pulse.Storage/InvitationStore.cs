using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>An invitation as its link opens it: whose it is, for which wave, and how far it got.</summary>
public sealed record StoredInvitation(
    string WaveCode,
    string ModelVersion,
    string Organisation,
    string OrganisationName,
    int Number,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? UpdatedAt,
    DateTime? SubmittedAt)
{
    internal string? AnswersJson { get; init; }

    /// <summary>The draft answers aligned with the model's <paramref name="itemCount"/> items; null before the first save.</summary>
    public string?[]? Draft(int itemCount) =>
        AnswersJson is null ? null : new AnswerReader(itemCount).Read(Encoding.UTF8.GetBytes(AnswersJson));
}

/// <summary>How far one organisation's invitations in a wave have got.</summary>
public sealed record InvitationProgress(string Organisation, string Name, int Invited, int Started, int Submitted);

/// <summary>What submitting an invitation did.</summary>
public enum SubmitResult
{
    /// <summary>The answers are now a response of the organisation in the wave.</summary>
    Submitted,

    /// <summary>It had been submitted before; nothing changed.</summary>
    AlreadySubmitted,

    /// <summary>There is no invitation with this token.</summary>
    Unknown,
}

/// <summary>
/// Invitations to the web questionnaire (tenant-owned, keyed organisation first). Tokens never
/// reach this class, only their hashes. Submitting turns the draft into a survey response of the
/// organisation, through the same upsert an answer file takes, in one transaction with marking
/// the invitation submitted, so a response is never half there and never there twice.
/// </summary>
public sealed class InvitationStore(PulseDatabase database)
{
    /// <summary>The respondent id a submitted invitation's response carries in the wave.</summary>
    public static string RespondentOf(int number) => FormattableString.Invariant($"invitation-{number}");

    /// <summary>Adds one invitation per hash, numbered after the organisation's existing ones in the wave; returns their numbers.</summary>
    public async Task<IReadOnlyList<int>> CreateAsync(long waveId, long organisationId, IReadOnlyList<string> tokenHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var last = await db.Invitations.Where(i => i.OrganisationId == organisationId && i.WaveId == waveId)
            .MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0;
        var now = DateTime.UtcNow;
        var numbers = new List<int>(tokenHashes.Count);
        foreach (var hash in tokenHashes)
        {
            var number = last + numbers.Count + 1;
            db.Invitations.Add(new InvitationRow { OrganisationId = organisationId, WaveId = waveId, Number = number, TokenHash = hash, CreatedAt = now });
            numbers.Add(number);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return numbers;
    }

    /// <summary>The invitation with this token hash, or null.</summary>
    public async Task<StoredInvitation?> FindAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await (
            from invitation in db.Invitations
            join organisation in db.Organisations on invitation.OrganisationId equals organisation.Id
            join wave in db.Waves on invitation.WaveId equals wave.Id
            where invitation.TokenHash == tokenHash
            select new StoredInvitation(
                wave.Code, wave.ModelVersion, organisation.Slug, organisation.Name, invitation.Number,
                invitation.CreatedAt, invitation.StartedAt, invitation.UpdatedAt, invitation.SubmittedAt)
            {
                AnswersJson = invitation.Answers,
            }).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Replaces the draft answers; false when the invitation is unknown or already submitted.</summary>
    public async Task<bool> SaveDraftAsync(string tokenHash, IReadOnlyList<string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var json = AnswerJson.Write(values, values.Count);
        var now = DateTime.UtcNow;
        await using var db = database.CreateContext();
        var changed = await db.Invitations
            .Where(i => i.TokenHash == tokenHash && i.SubmittedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Answers, json)
                    .SetProperty(i => i.UpdatedAt, now)
                    .SetProperty(i => i.StartedAt, i => i.StartedAt ?? now),
                cancellationToken);
        return changed == 1;
    }

    /// <summary>
    /// Marks the invitation submitted and stores <paramref name="values"/> as the response
    /// "invitation-N" of its organisation in its wave, both or neither.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(string tokenHash, IReadOnlyList<string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var json = AnswerJson.Write(values, values.Count);
        var now = DateTime.UtcNow;
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == tokenHash, cancellationToken);
        if (row is null) return SubmitResult.Unknown;
        // Conditional, so of two submits racing each other exactly one wins.
        var marked = await db.Invitations
            .Where(i => i.OrganisationId == row.OrganisationId && i.WaveId == row.WaveId && i.Number == row.Number && i.SubmittedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Answers, json)
                    .SetProperty(i => i.SubmittedAt, now)
                    .SetProperty(i => i.UpdatedAt, now)
                    .SetProperty(i => i.StartedAt, i => i.StartedAt ?? now),
                cancellationToken);
        if (marked == 0) return SubmitResult.AlreadySubmitted;
        var response = new SurveyResponseRow { WaveId = row.WaveId, OrganisationId = row.OrganisationId, Respondent = RespondentOf(row.Number), Answers = json };
        await SurveyResponseWriter.UpsertAsync(db, [response], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SubmitResult.Submitted;
    }

    /// <summary>Per organisation with invitations in the wave: invited, started, submitted; by slug.</summary>
    public async Task<IReadOnlyList<InvitationProgress>> ProgressAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var counts = await db.Invitations.Where(i => i.WaveId == waveId)
            .GroupBy(i => i.OrganisationId)
            .Select(g => new
            {
                g.Key,
                Invited = g.Count(),
                Started = g.Count(i => i.StartedAt != null),
                Submitted = g.Count(i => i.SubmittedAt != null),
            })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Key).ToList();
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        return counts
            .Select(c => new InvitationProgress(organisations[c.Key].Slug, organisations[c.Key].Name, c.Invited, c.Started, c.Submitted))
            .OrderBy(p => p.Organisation, StringComparer.Ordinal)
            .ToList();
    }
}

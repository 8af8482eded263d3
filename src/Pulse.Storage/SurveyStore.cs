using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>A wave with how far it has been answered.</summary>
public sealed record WaveSummary(string Code, string ModelVersion, int Organisations, int Respondents, DateTime CreatedAt);

/// <summary>One respondent's answers as stored: item id → canonical value (missing answers are absent).</summary>
public sealed record StoredResponse(string Organisation, string Respondent, IReadOnlyDictionary<string, string> Answers);

/// <summary>What importing an answer file changed.</summary>
public sealed record ResponseImportResult(int Read, int New, int Updated, int Unchanged, IReadOnlyList<string> OrganisationsCreated);

/// <summary>
/// Waves of the benchmark study and their answers. An answer file is imported whole or not at all,
/// and importing the same file again changes nothing.
/// </summary>
public sealed partial class SurveyStore(PulseDatabase database)
{
    private static readonly JsonSerializerOptions AnswerJson = new() { WriteIndented = false };

    public async Task<WaveRow> CreateWaveAsync(string code, string modelVersion, CancellationToken cancellationToken = default)
    {
        if (!WaveCode().IsMatch(code ?? string.Empty))
        {
            throw new PulseException($"'{code}' is not a valid wave id: use letters, digits, '.', '_' and '-' (e.g. 2026 or 2026-voorjaar).");
        }

        await using var db = database.CreateContext();
        if (await db.Waves.AnyAsync(w => w.Code == code, cancellationToken))
        {
            throw new PulseException($"Wave '{code}' already exists.");
        }

        var row = new WaveRow { Code = code!, ModelVersion = modelVersion, CreatedAt = DateTime.UtcNow };
        db.Waves.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public async Task<WaveRow?> FindWaveAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Waves.AsNoTracking().SingleOrDefaultAsync(w => w.Code == code, cancellationToken);
    }

    public async Task<WaveRow> GetWaveAsync(string code, CancellationToken cancellationToken = default) =>
        await FindWaveAsync(code, cancellationToken)
        ?? throw new PulseException($"There is no wave '{code}'; `pulse wave list` shows the ones there are, `pulse wave create` makes one.");

    public async Task<IReadOnlyList<WaveSummary>> ListWavesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var waves = await db.Waves.AsNoTracking().OrderBy(w => w.Code).ToListAsync(cancellationToken);
        var counts = await db.SurveyResponses.GroupBy(r => r.WaveId)
            .Select(g => new { g.Key, Respondents = g.Count(), Organisations = g.Select(r => r.OrganisationId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        return waves.Select(w => new WaveSummary(
            w.Code,
            w.ModelVersion,
            counts.TryGetValue(w.Id, out var c) ? c.Organisations : 0,
            counts.TryGetValue(w.Id, out var d) ? d.Respondents : 0,
            w.CreatedAt)).ToList();
    }

    /// <summary>
    /// Stores the responses of one answer file in one transaction. Organisations named by a new slug
    /// are created (named after their slug until someone renames them).
    /// </summary>
    public async Task<ResponseImportResult> ImportAsync(long waveId, IReadOnlyList<StoredResponse> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var slugs = responses.Select(r => r.Organisation).Distinct(StringComparer.Ordinal).ToList();
        var organisations = await db.Organisations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, cancellationToken);
        var created = new List<string>();
        foreach (var slug in slugs.Where(s => !organisations.ContainsKey(s)).Order(StringComparer.Ordinal))
        {
            OrganisationSlug.Require(slug);
            var row = new OrganisationRow { Slug = slug, Name = slug, CreatedAt = DateTime.UtcNow };
            db.Organisations.Add(row);
            organisations[slug] = row;
            created.Add(slug);
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = organisations.Values.Select(o => o.Id).ToList();
        var existing = await db.SurveyResponses.Where(r => r.WaveId == waveId && ids.Contains(r.OrganisationId))
            .ToDictionaryAsync(r => (r.OrganisationId, r.Respondent), cancellationToken);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var response in responses)
        {
            var organisationId = organisations[response.Organisation].Id;
            var answers = Serialise(response.Answers);
            if (existing.TryGetValue((organisationId, response.Respondent), out var row))
            {
                if (row.Answers == answers)
                {
                    unchanged++;
                    continue;
                }

                row.Answers = answers;
                updated++;
            }
            else
            {
                row = new SurveyResponseRow { WaveId = waveId, OrganisationId = organisationId, Respondent = response.Respondent, Answers = answers };
                db.SurveyResponses.Add(row);
                existing[(organisationId, response.Respondent)] = row;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ResponseImportResult(responses.Count, added, updated, unchanged, created);
    }

    /// <summary>Every response of the wave, ordered by organisation and respondent.</summary>
    public async Task<IReadOnlyList<StoredResponse>> ResponsesAsync(long waveId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.WaveId == waveId)
            .Join(db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { o.Slug, r.Respondent, r.Answers })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Slug, StringComparer.Ordinal).ThenBy(r => r.Respondent, StringComparer.Ordinal)
            .Select(r => new StoredResponse(r.Slug, r.Respondent, JsonSerializer.Deserialize<Dictionary<string, string>>(r.Answers, AnswerJson)!))
            .ToList();
    }

    /// <summary>
    /// Every response of the wave as the scoring engine takes it: values aligned with the model's
    /// items (answers to items the model does not have are ignored), equal values shared so that a
    /// wave of 100,000 respondents holds a few hundred distinct strings, not millions.
    /// </summary>
    public async Task<IReadOnlyList<Response>> ResponsesAsync(long waveId, MaturityModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var db = database.CreateContext();
        var slugs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Slug, cancellationToken);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var responses = new List<Response>();
        var query = db.SurveyResponses.AsNoTracking().Where(r => r.WaveId == waveId)
            .Select(r => new { r.OrganisationId, r.Respondent, r.Answers });
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var values = new string?[model.AllItems.Count];
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(row.Answers));
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName) continue;
                var index = model.IndexOf(reader.GetString()!);
                reader.Read();
                if (index < 0 || reader.TokenType != JsonTokenType.String) continue;
                var value = reader.GetString()!;
                if (!pool.TryGetValue(value, out var shared)) pool[value] = shared = value;
                values[index] = shared;
            }

            responses.Add(new Response(slugs[row.OrganisationId], row.Respondent, values));
        }

        responses.Sort((a, b) =>
        {
            var byOrganisation = string.CompareOrdinal(a.Organisation, b.Organisation);
            return byOrganisation != 0 ? byOrganisation : string.CompareOrdinal(a.Respondent, b.Respondent);
        });
        return responses;
    }

    /// <summary>Answers as JSON with keys in ordinal order, so the same answers always give the same text.</summary>
    private static string Serialise(IReadOnlyDictionary<string, string> answers) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(answers.ToDictionary(), StringComparer.Ordinal), AnswerJson);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex WaveCode();
}

using System.Globalization;
using Pulse.Connectors.Survey;
using Pulse.Maturity.Survey;
using Pulse.Application.Benchmark;
using Pulse.Storage;

namespace Pulse.Application.Imports;

/// <summary>What `pulse survey import` reports.</summary>
public sealed record SurveyImportReport(string Wave, string File, ResponseImportResult Result);

/// <summary>
/// Imports one answer file (or a mapped LimeSurvey / Qualtrics export) into a wave: every value is
/// checked against the wave's model first, and any problem refuses the whole file with its line,
/// column and value, leaving the wave as it was.
/// </summary>
public sealed class SurveyImporter(PulseDatabase database)
{
    /// <param name="createOrganisations">Create organisations the file names that Pulse does not know
    /// yet; without it such a file is refused, since a typing error in a slug would otherwise quietly
    /// become a new organisation of its own.</param>
    public async Task<SurveyImportReport> ImportAsync(string waveCode, string path, string? mappingPath, bool createOrganisations, CancellationToken cancellationToken)
    {
        var store = new SurveyStore(database);
        var wave = await store.GetWaveAsync(waveCode, cancellationToken);
        var model = Models.Get(wave.ModelVersion);
        var name = Path.GetFileName(path);
        var rows = await SurveyCsvReader.OpenAsync(path, cancellationToken);
        SurveyParseResult parsed;
        if (mappingPath is null)
        {
            parsed = SurveyFileParser.Parse(model, rows, name);
        }
        else
        {
            if (!File.Exists(mappingPath)) throw new PulseException($"{mappingPath}: no such mapping file.");
            var mapping = SurveyMappingReader.Read(await File.ReadAllTextAsync(mappingPath, cancellationToken), Path.GetFileName(mappingPath));
            parsed = mapping.Import(model, rows, name);
        }

        if (!parsed.IsValid) throw new PulseException(Refusal(name, parsed));
        if (!createOrganisations)
        {
            var known = await new OrganisationStore(database).NamesAsync(cancellationToken);
            var unknown = parsed.Responses.Select(r => r.Organisation).Where(o => !known.ContainsKey(o)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new PulseException(
                    $"{name} refused, nothing was imported: it names organisation{(unknown.Count == 1 ? string.Empty : "s")} Pulse does not know ({string.Join(", ", unknown.Take(10))}{(unknown.Count > 10 ? $", … {unknown.Count - 10} more" : string.Empty)}); add them with `pulse org add`, or import with --create-organisations.");
            }
        }

        var result = await store.ImportAsync(wave.Id, model, parsed.Responses, cancellationToken);
        return new SurveyImportReport(wave.Code, name, result);
    }

    /// <summary>One sentence, then every problem on its own line: line, column, value, what is wrong.</summary>
    private static string Refusal(string file, SurveyParseResult parsed)
    {
        var lines = parsed.Errors.Select(e => "  " + string.Create(CultureInfo.InvariantCulture,
            $"line {e.Line}{(e.Column.Length > 0 ? $", column {e.Column}" : string.Empty)}{(e.Value is null ? string.Empty : $", value '{e.Value}'")}: {e.Message}"));
        var more = parsed.ErrorsTruncated ? $"\n  … and more; only the first {SurveyParseResult.MaxErrors} are listed." : string.Empty;
        var count = parsed.Errors.Count;
        return $"{file} refused, nothing was imported ({count} problem{(count == 1 ? string.Empty : "s")}):\n{string.Join('\n', lines)}{more}";
    }
}

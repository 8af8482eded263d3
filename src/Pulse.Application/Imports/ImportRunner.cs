using Pulse.Application.Live;
using Pulse.Application.Monitoring;
using Pulse.Connectors;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Privacy;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Storage.Rows;

namespace Pulse.Application.Imports;

/// <summary>What `pulse import` reports.</summary>
public sealed record ImportReport(string Organisation, string Path, bool Pseudonymised, double Seconds, ImportResult Result)
{
    /// <summary>Alerts the import's new data raised (the organisation's rules are evaluated after every import).</summary>
    public int AlertsRaised { get; init; }
}

/// <summary>What `pulse directory import` reports.</summary>
public sealed record DirectoryReport(string Organisation, string Path, bool Pseudonymised, DirectoryImportResult Result);

/// <summary>
/// Runs one connector into one organisation as one transaction, pseudonymising when the
/// organisation is (or becomes) pseudonymised. The CLI and the demo import through here.
/// </summary>
public sealed class ImportRunner(PulseDatabase database, LiveUpdates live)
{
    /// <summary>Imports one export named by platform; the faces' path.</summary>
    public async Task<ImportReport> ImportAsync(ImportRequest request, Action<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connector = await Platforms.ConnectorAsync(request.Platform, request.Mapping, Platforms.Options(request.Encoding), cancellationToken);
        return await ImportAsync(connector, request.Path, request.Organisation, request.Pseudonymise, progress, cancellationToken);
    }

    /// <summary>
    /// Runs after every committed import, once the search index has caught up: the evaluation of the
    /// organisation's alert rules (set by <see cref="PulseApp"/>), returning how many alerts were new.
    /// </summary>
    internal Func<string, CancellationToken, Task<int>>? AfterImport { get; set; }

    /// <summary>Imports with a given reader (the demo and benchmarks bring their own).</summary>
    public async Task<ImportReport> ImportAsync(
        IConnector connector, string path, string slug, bool pseudonymise, Action<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new PulseException($"{path}: no such file or folder.");
        return await ImportReadAsync(connector, path, slug, pseudonymise, progress, cancellationToken);
    }

    /// <summary>
    /// Imports what a reader holds already (a poll's pages, a webhook's events): the same transaction,
    /// aggregates, search index, live news and alerts as a file; <paramref name="label"/> only names it.
    /// </summary>
    public async Task<ImportReport> ImportReadAsync(
        IConnector connector, string label, string slug, bool pseudonymise, Action<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var reporter = progress is null ? null : new ActionProgress(progress);
        var report = await ImportCoreAsync(
            connector.Source, label, slug, pseudonymise, (sink, token) => connector.ReadAsync(label, sink, reporter, token), cancellationToken);
        return await AfterCommitAsync(slug, report, cancellationToken);
    }

    /// <summary>
    /// Imports items handed over in memory (live events, docs/live.md) exactly as an export's: one
    /// transaction, the organisation's pseudonymisation, the search index, live news and the alerts after it.
    /// </summary>
    /// <param name="label">What the report calls the items' origin (there is no file).</param>
    /// <param name="write">Pushes the items into the import's sink.</param>
    public async Task<ImportReport> ImportItemsAsync(
        string slug, string source, string label, Func<IImportSink, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var report = await ImportCoreAsync(source, label, slug, pseudonymise: false, write, cancellationToken);
        return await AfterCommitAsync(slug, report, cancellationToken);
    }

    /// <summary>What follows every committed import: open pages are told, then the alert rules are judged.</summary>
    private async Task<ImportReport> AfterCommitAsync(string slug, ImportReport report, CancellationToken cancellationToken)
    {
        var changed = report.Result.Messages.New + report.Result.Messages.Updated;
        // Open dashboard pages of the organisation refresh now, before the alerts are evaluated (which may take a while).
        if (changed + report.Result.Accounts.New + report.Result.Accounts.Updated + report.Result.Groups.New + report.Result.Groups.Updated > 0)
        {
            live.Publish(new ImportCommitted(slug, DateTimeOffset.UtcNow, changed));
        }

        return AfterImport is null ? report : report with { AlertsRaised = await AfterImport(slug, cancellationToken) };
    }

    private async Task<ImportReport> ImportCoreAsync(
        string source, string path, string slug, bool pseudonymise, Func<IImportSink, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        var organisations = new OrganisationStore(database);
        var organisation = await organisations.GetAsync(slug, cancellationToken);
        var pseudonymiser = await PseudonymiserAsync(organisation, pseudonymise, cancellationToken);
        var transform = pseudonymiser is null ? null : new ImportPseudonymisation(pseudonymiser);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ImportResult result;
        // The search index follows the import (Monitoring/ImportIndexing.cs): messages go to it as they are
        // stored, and it is committed only after the database commit.
        await using var indexing = await ImportIndexing.BeginAsync(database, organisation, source, transform, cancellationToken);
        await using (var session = await ImportSession.BeginAsync(database, organisation.Id, source, indexing.Transform, cancellationToken))
        {
            await read(session, cancellationToken);
            result = await session.CommitAsync(cancellationToken);
        }

        await indexing.CompleteAsync(cancellationToken);

        if (transform is not null && !organisation.Pseudonymised) await organisations.MarkPseudonymisedAsync(organisation.Id, cancellationToken);
        return new ImportReport(slug, path, transform is not null, clock.Elapsed.TotalSeconds, result);
    }

    /// <param name="allowEmpty">Accept a file without people, which empties the directory; without it
    /// such a file (a header only, an export gone wrong) is refused, since it would silently drop the
    /// target group and every manager.</param>
    /// <param name="encoding">How to decode a file that is not UTF-8 (<c>latin1</c>, <c>windows-1252</c>); null is strict UTF-8.</param>
    public async Task<DirectoryReport> ImportDirectoryAsync(string path, string slug, bool pseudonymise, bool allowEmpty = false, string? encoding = null, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path)) throw new PulseException($"{path} is a folder; the directory import reads one CSV file.");
        if (!File.Exists(path)) throw new PulseException($"{path}: no such file.");
        var organisations = new OrganisationStore(database);
        var organisation = await organisations.GetAsync(slug, cancellationToken);
        var entries = await Connectors.HrDirectory.DirectoryReader.ReadAsync(path, Platforms.Options(encoding), cancellationToken);
        if (entries.Count == 0 && !allowEmpty)
        {
            throw new PulseException($"{Path.GetFileName(path)} holds no people (a header only?), and importing it would empty the directory of {slug}; nothing was changed. Use --allow-empty if that is what you want.");
        }

        var pseudonymiser = await PseudonymiserAsync(organisation, pseudonymise, cancellationToken);
        if (pseudonymiser is not null) entries = [.. entries.Select(pseudonymiser.Apply)];

        var result = await new DirectoryStore(database).ReplaceAsync(organisation.Id, entries, cancellationToken);
        if (pseudonymiser is not null && !organisation.Pseudonymised) await organisations.MarkPseudonymisedAsync(organisation.Id, cancellationToken);
        return new DirectoryReport(slug, path, pseudonymiser is not null, result);
    }

    /// <summary>
    /// The organisation's pseudonymiser when it is pseudonymised or asks to become so. Pseudonymising
    /// an organisation that already holds people by their real addresses would mix the two: refused.
    /// </summary>
    private async Task<Pseudonymiser?> PseudonymiserAsync(OrganisationRow organisation, bool asked, CancellationToken cancellationToken)
    {
        if (!organisation.Pseudonymised && !asked) return null;
        if (!organisation.Pseudonymised) await RefuseMixingAsync(organisation.Id, cancellationToken);
        // Only the first pseudonymised import creates the key: for an organisation that already holds
        // pseudonyms, a missing key means a moved folder, and a new key would re-pseudonymise everyone.
        return await new PseudonymKeys(database.Options).ForAsync(organisation.Slug, create: !organisation.Pseudonymised, cancellationToken);
    }

    private async Task RefuseMixingAsync(long organisationId, CancellationToken cancellationToken)
    {
        if (await new OrganisationStore(database).HoldsPeopleAsync(organisationId, cancellationToken))
        {
            throw new PulseException("This organisation already holds people under their real e-mail addresses; pseudonymise from its first import, or erase them first.");
        }
    }

    /// <summary>Reports progress on the reader's own thread (unlike <see cref="Progress{T}"/>, which posts it elsewhere).</summary>
    private sealed class ActionProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

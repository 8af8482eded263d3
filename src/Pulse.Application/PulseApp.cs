using Pulse.Application.Access;
using Pulse.Application.Alerts;
using Pulse.Application.Benchmark;
using Pulse.Application.Imports;
using Pulse.Application.Live;
using Pulse.Application.Monitoring;
using Pulse.Application.Organisations;
using Pulse.Application.Privacy;
using Pulse.Application.Questionnaire;
using Pulse.Application.Reality;
using Pulse.Storage;

namespace Pulse.Application;

/// <summary>
/// Pulse's use cases over one database: the single door through which the command line, the web
/// app and (later) webhooks reach the data, so that each policy is written once.
/// </summary>
public sealed class PulseApp
{
    private PulseApp(PulseDatabase database)
    {
        Database = database;
        Organisations = new OrganisationCatalog(database);
        Live = new LiveUpdates();
        Imports = new ImportRunner(database, Live);
        Waves = new WaveCatalog(database);
        Answers = new SurveyImporter(database);
        Scoring = new WaveScoring(database);
        Questionnaire = new QuestionnaireService(database);
        var aggregates = new AggregateCache(database);
        var figures = new FigureCache();
        Participation = new ParticipationQuery(database, aggregates, figures);
        Communities = new CommunitiesQuery(database, Participation);
        Trends = new TrendsQuery(database, figures);
        Themes = new ThemeCatalog(database);
        Search = new SearchService(database);
        ThemeFigures = new ThemesQuery(database, Search, figures);
        Experts = new ExpertFinder(database, Search);
        ExpertQuality = new ExpertEvaluation(database, Experts);
        ExpertSpeed = new ExpertSpeed(database, Search, Experts);
        Benchmarks = new BenchmarkQuery(database, Scoring);
        Reports = new ReportService(Benchmarks);
        People = new PersonErasure(database);
        Knowledge = new KnowledgeQuery(database, Search);
        Alerts = new AlertService(database, Participation, ThemeFigures, Knowledge);
        Imports.AfterImport = async (slug, cancellationToken) => (await Alerts.EvaluateAsync(slug, cancellationToken)).Raised;
        Reality = new RealityQuery(database, Scoring, aggregates);
        Access = new AccessService(database);
        Warmer = new DashboardWarmer(database, Participation, Trends, ThemeFigures, Communities);
        // One per app: the key file is read once, by whichever use needs it first.
        secrets = new ConnectionSecrets(database.Options);
        Yammer = new YammerPolling(database, Imports, secrets);
        Watch = new ImportWatch(database, Live);
        GraphSubscriptions = new GraphSubscriptions(database, secrets);
        Connections = new ConnectionService(database, secrets, GraphSubscriptions);
        HookCounters = new HookCounters();
        Inbound = new LiveIngestion(database, Imports, HookCounters, secrets, GraphSubscriptions);
    }

    /// <summary>The Graph subscriptions Pulse created: renewed by `pulse serve`, re-created when Graph removes them.</summary>
    public GraphSubscriptions GraphSubscriptions { get; }

    /// <summary>Computes the dashboard's default figures ahead of the first request.</summary>
    public DashboardWarmer Warmer { get; }

    /// <summary>`pulse connect`: the organisations' live connections (issue 12).</summary>
    public ConnectionService Connections { get; }

    /// <summary>Counters of the live hooks and their queue, for /metrics.</summary>
    public HookCounters HookCounters { get; }

    /// <summary>The queue of pushed events and its draining into imports (issue 12).</summary>
    public LiveIngestion Inbound { get; }

    /// <summary>
    /// The receiving side of the webhooks, with its group-commit writer; the web host creates one and
    /// disposes it at shutdown. <paramref name="clock"/> is for the signature's five-minute window.
    /// </summary>
    public LiveHooks CreateHooks(TimeProvider? clock = null) => new(Database, secrets, HookCounters, clock ?? TimeProvider.System);

    /// <summary>Seals and opens the connections' secrets with the key in the key folder (ADR 0009).</summary>
    private readonly ConnectionSecrets secrets;

    /// <summary>Users, sign-in and API tokens: who may see which organisation (issue 11).</summary>
    public AccessService Access { get; }

    public KnowledgeQuery Knowledge { get; }

    public AlertService Alerts { get; }

    /// <summary>Where the data is.</summary>
    public StorageOptions Storage => Database.Options;

    public OrganisationCatalog Organisations { get; }

    public ImportRunner Imports { get; }

    /// <summary>News of committed imports per organisation, for the dashboard's live updates (issue 12).</summary>
    public LiveUpdates Live { get; }

    /// <summary>Announces imports made by other processes to this one's live listeners (the web app runs it).</summary>
    public ImportWatch Watch { get; }

    /// <summary>`pulse connect yammer` and the polling of connected networks (issue 12).</summary>
    public YammerPolling Yammer { get; }

    public WaveCatalog Waves { get; }

    public SurveyImporter Answers { get; }

    public WaveScoring Scoring { get; }

    /// <summary>The respondents' questionnaire on the web: invitations, drafts, submission, progress (issue 11, item 2).</summary>
    public QuestionnaireService Questionnaire { get; }

    public ParticipationQuery Participation { get; }

    public CommunitiesQuery Communities { get; }

    public TrendsQuery Trends { get; }

    public ThemeCatalog Themes { get; }

    public ThemesQuery ThemeFigures { get; }

    public SearchService Search { get; }

    public ExpertFinder Experts { get; }

    public ExpertEvaluation ExpertQuality { get; }

    public ExpertSpeed ExpertSpeed { get; }

    public BenchmarkQuery Benchmarks { get; }

    public ReportService Reports { get; }

    public PersonErasure People { get; }

    /// <summary>The questionnaire's claims next to what the messages measure (issue 10, item 4).</summary>
    public RealityQuery Reality { get; }

    internal PulseDatabase Database { get; }

    /// <summary>Opens the database and brings its schema up to date (a no-op when current).</summary>
    public static async Task<PulseApp> OpenAsync(StorageOptions storage, CancellationToken cancellationToken = default)
    {
        var database = new PulseDatabase(storage);
        await database.MigrateAsync(cancellationToken);
        return new PulseApp(database);
    }

    /// <summary>
    /// One sentence for a failure the use cases did not phrase themselves (a locked database, a
    /// server out of reach, a file that may not be read), or null when there is nothing better to
    /// say than the failure's own message. Never a type name.
    /// </summary>
    public static string? Explain(Exception failure, StorageOptions? storage)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (storage is not null && DatabaseFailures.Explain(failure, storage) is { } database) return database;
        return failure switch
        {
            UnauthorizedAccessException e => $"Permission denied: {e.Message}",
            DirectoryNotFoundException e => e.Message,
            FileNotFoundException e => e.Message,
            IOException e => e.Message,
            _ => null,
        };
    }

    /// <summary>True when the database answers; for health checks.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default) =>
        await Database.CanConnectAsync(cancellationToken);
}

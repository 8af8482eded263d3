namespace Pulse.Web.Localization;

/// <summary>
/// Every text of the interface in one language. A record rather than resource files: a missing
/// translation is a compile error, not a blank on screen.
/// </summary>
public sealed record UiText
{
    public required string Language { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageName { get; init; }

    /// <summary>A count in this language's number format (see <see cref="Formats"/>).</summary>
    public string Number(long? value) => Formats.Number(value, Language);

    /// <summary>A number with <paramref name="digits"/> decimals in this language's format.</summary>
    public string Fixed(double? value, int digits = 1) => Formats.Fixed(value, digits, Language);

    /// <summary>A fraction as a percentage in this language's format.</summary>
    public string Percent(double? fraction) => Formats.Percent(fraction, Language);
    public required string Tagline { get; init; }
    public required string NavOverview { get; init; }
    public required string Organisations { get; init; }
    public required string OrganisationsIntro { get; init; }
    public required string NoOrganisations { get; init; }
    public required string Name { get; init; }
    public required string Employees { get; init; }
    public required string People { get; init; }
    public required string Accounts { get; init; }
    public required string Messages { get; init; }
    public required string Questions { get; init; }
    public required string QuestionMaturity { get; init; }
    public required string QuestionCommunities { get; init; }
    public required string QuestionReality { get; init; }

    /// <summary>The reality check's pages.</summary>
    public required RealityText Reality { get; init; }

    /// <summary>Signing in and out, choosing a password.</summary>
    public required AccessText Access { get; init; }

    /// <summary>What each figure counts, behind its "?".</summary>
    public required ExplainText Explain { get; init; }
    /// <summary>The respondents' questionnaire and the wave page's invitations.</summary>
    public required SurveyText Survey { get; init; }
    public required string Footer { get; init; }
    public required string NotFound { get; init; }
    public required string Waves { get; init; }
    public required string NoWaves { get; init; }
    public required string Wave { get; init; }
    public required string Model { get; init; }
    public required string Respondents { get; init; }
    public required string Scored { get; init; }
    public required string Index { get; init; }
    public required string Stage { get; init; }
    public required string Incomplete { get; init; }
    public required string NoCommunity { get; init; }

    /// <summary>An organisation whose few respondents would not stay anonymous.</summary>
    public required string Withheld { get; init; }
    public required string Reliability { get; init; }
    public required string Construct { get; init; }
    public required string Organisation { get; init; }
    public required string WaveIntro { get; init; }
    public required string Participation { get; init; }
    public required string PeriodLabel { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Show { get; init; }
    public required string PeriodNote { get; init; }
    public required string NotADate { get; init; }
    public required string EmptyPeriod { get; init; }
    public required string Threads { get; init; }
    public required string Replies { get; init; }
    public required string Contributors { get; init; }
    public required string TargetGroupActive { get; init; }

    public required string SearchHeading { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchButton { get; init; }
    public required string SearchResults { get; init; }
    public required string ExpertsHeading { get; init; }
    public required string ExpertsIntro { get; init; }
    public required string ExpertsLabel { get; init; }
    public required string ExpertsButton { get; init; }
    public required string NoExperts { get; init; }
    public required string ExpertsLink { get; init; }
    public required string ExpertScore { get; init; }
    public required string AcceptedAnswer { get; init; }
    public required string ThemesHeading { get; init; }
    public required string Theme { get; init; }
    public required string Sentiment { get; init; }
    public required string Positive { get; init; }
    public required string Negative { get; init; }
    public required string TrendsHeading { get; init; }
    public required string MessagesLower { get; init; }
    public required string Baseline { get; init; }
    public required string Communities { get; init; }

    public required string Connections { get; init; }

    public required string AlertsHeading { get; init; }

    public required string AlertsIntro { get; init; }

    public required string NoAlerts { get; init; }

    public required string AlertSentimentDrop { get; init; }

    public required string AlertVolumeSpike { get; init; }

    public required string AlertDepartmentQuiet { get; init; }

    public required string AlertUnanswered { get; init; }

    public required string AlertOnePerson { get; init; }

    public required string KnowledgeHeading { get; init; }

    public required string KnowledgeIntro { get; init; }

    public required string NoThemes { get; init; }

    public required string Answerers { get; init; }

    public required string AbsenceFactor { get; init; }

    public required string WhoAnswers { get; init; }

    public required string ConnectionsIntro { get; init; }

    public required string NoConnections { get; init; }

    public required string RepliesWritten { get; init; }

    public required string RepliesReceived { get; init; }

    public required string Crossing { get; init; }

    public required string OnlyOwn { get; init; }

    public required string MatrixHeading { get; init; }

    public required string MatrixCaption { get; init; }

    public required string FromDepartment { get; init; }
    public required string CommunitiesIntro { get; init; }
    public required string NoCommunities { get; init; }
    public required string Community { get; init; }
    public required string TargetGroupReach { get; init; }
    public required string AnsweredWithin24h { get; init; }
    public required string Trend { get; init; }

    /// <summary>Participation week by week.</summary>
    public required string OverTime { get; init; }

    public required string OverTimeCaption { get; init; }

    public required string DepartmentsOverTime { get; init; }

    public required string DepartmentsOverTimeCaption { get; init; }

    public required string ThemesOverTime { get; init; }

    public required string ThemesOverTimeCaption { get; init; }

    public required string ThemeSentimentOverTime { get; init; }

    public required string CommunitiesOverTime { get; init; }

    public required string CommunitiesOverTimeCaption { get; init; }
    public required string ManagersActive { get; init; }
    public required string OfWhom { get; init; }
    public required string Responsiveness { get; init; }
    public required string MedianHours { get; init; }
    public required string Unanswered { get; init; }
    public required string CrossDepartment { get; init; }
    public required string Pyramid { get; init; }
    public required string Lurkers { get; init; }
    public required string Top1 { get; init; }
    public required string Top10 { get; init; }
    public required string Gini { get; init; }
    public required string Newcomers { get; init; }
    public required string Retention { get; init; }
    public required string Departments { get; init; }
    public required string Department { get; init; }
    public required string TargetGroup { get; init; }
    public required string Active { get; init; }
    public required string Rate { get; init; }
    public required string HiddenDepartments { get; init; }

    /// <summary>The row that merges departments too small to show on their own.</summary>
    public required string OtherDepartments { get; init; }
    public required string NoDirectory { get; init; }
    public required string NoMessages { get; init; }
    public required string BackToOverview { get; init; }
    public required string Unknown { get; init; }
    public required string Rank { get; init; }
    public required string ScoresPerOrganisation { get; init; }
    public required string TopTenNote { get; init; }
    public required string TopTen { get; init; }
    public required string TopTenPublishedNote { get; init; }
    public required string Distributions { get; init; }
    public required string DistributionNote { get; init; }
    public required string IndexAndPreconditions { get; init; }

    /// <summary>Heading of the comparison with an earlier wave; {0} is its code.</summary>
    public required string ChangeSince { get; init; }
    public required string NoPreviousWave { get; init; }
    public required string ChangeNote { get; init; }
    public required string Score { get; init; }
    public required string Mean { get; init; }
    public required string Verdict { get; init; }
    public required string Difference { get; init; }
    public required string NoDifference { get; init; }
    public required string Untestable { get; init; }
    public required string NotComparable { get; init; }
    public required string Findings { get; init; }
    public required string NoFindings { get; init; }
    public required string Downloads { get; init; }
    public required string ReportHtml { get; init; }
    public required string ReportPdf { get; init; }
    public required string Workbook { get; init; }
    public required string DownloadsNote { get; init; }
    public required string Scorecard { get; init; }

    /// <summary>Heading of an organisation's latest scorecard on its page; {0} is the wave.</summary>
    public required string LatestScorecard { get; init; }
    public required string OpenScorecard { get; init; }
    public required string Percentile { get; init; }

    /// <summary>Link back to a wave; {0} is its code.</summary>
    public required string BackToWave { get; init; }
    public required string PdfUnavailable { get; init; }
    public required string PdfUnavailableText { get; init; }
    public required string LatestReport { get; init; }

    public static UiText Dutch { get; } = new()
    {
        Language = UiLanguage.Dutch,
        OtherLanguage = UiLanguage.English,
        OtherLanguageName = "English",
        Tagline = "Hoe volwassen zijn uw interne sociale media, en wat gebeurt er in uw communities?",
        NavOverview = "Overzicht",
        Organisations = "Organisaties",
        OrganisationsIntro = "De organisaties in deze database, met wat er van elk bekend is.",
        NoOrganisations = "Nog geen organisaties in deze database. Zodra uw beheerder er een toevoegt, staat ze hier.",
        Name = "Naam",
        Employees = "Medewerkers",
        People = "In personeelsbestand",
        Accounts = "Platformaccounts",
        Messages = "Berichten",
        Questions = "Drie vragen",
        QuestionMaturity = "Hoe volwassen zijn onze interne sociale media, en hoe verhouden we ons tot anderen?",
        QuestionCommunities = "Wat gebeurt er nu in onze communities?",
        QuestionReality = "Klopt wat we zeggen? De vragenlijst naast wat de berichten meten.",
        Reality = RealityText.Dutch,
        Access = AccessText.Dutch,
        Explain = ExplainText.Dutch,
        Survey = SurveyText.Dutch,
        Footer = "Pulse — onderzoek naar interne sociale media",
        NotFound = "Deze pagina bestaat niet.",
        Waves = "Benchmarkrondes",
        NoWaves = "Nog geen benchmarkrondes. Zodra er vragenlijsten zijn ingelezen, staan de rondes hier.",
        Wave = "Ronde",
        Model = "Model",
        Respondents = "Respondenten",
        Scored = "gescoord",
        Index = "Volwassenheidsindex",
        Stage = "Fase",
        Incomplete = "onvolledig",
        NoCommunity = "geen community",
        Withheld = "niet getoond: minder dan 5 respondenten",
        Reliability = "Betrouwbaarheid (Cronbach's alfa)",
        Construct = "Construct",
        Organisation = "Organisatie",
        WaveIntro = "Scores per organisatie op een schaal van 0 tot 100. Een organisatie staat nooit meer dan één fase boven haar zwakste randvoorwaarde.",
        Participation = "Deelname",
        PeriodLabel = "Periode",
        From = "Van",
        To = "Tot",
        Show = "Toon",
        PeriodNote = "Einddatum telt niet mee. Zonder keuze: de 90 dagen tot het laatste bericht.",
        NotADate = "{0}: ‘{1}’ is geen datum tussen {2} en {3}. Schrijf jjjj-mm-dd.",
        EmptyPeriod = "Deze periode is leeg: ‘Van’ moet vóór ‘Tot’ liggen, en de einddatum telt niet mee.",
        Threads = "Draadjes",
        Replies = "Reacties",
        Contributors = "Bijdragers",
        TargetGroupActive = "Doelgroep actief",
        OverTime = "Deelname per week",
        DepartmentsOverTime = "Deelname per afdeling per week",
        DepartmentsOverTimeCaption = "Aandeel van de doelgroep per afdeling dat die week iets schreef; een afdeling die een week onder de anonimiteitsdrempel valt, heeft die week geen punt.",
        ThemesOverTime = "Berichten per thema per week",
        ThemesOverTimeCaption = "Open een thema in de tabel om de berichten zelf te lezen.",
        ThemeSentimentOverTime = "Gemiddeld sentiment per thema per week (−1 tot 1)",
        CommunitiesOverTime = "Berichten per community per week",
        CommunitiesOverTimeCaption = "De vijf communities met de meeste berichten in de periode.",
        SearchHeading = "Zoeken in berichten",
        SearchLabel = "Woorden, \"zinsdelen\", AND, OR, NOT",
        SearchButton = "Zoek",
        SearchResults = "berichten gevonden (de 50 beste)",
        ExpertsHeading = "Wie weet hiervan?",
        ExpertsIntro = "Mensen gerangschikt naar hun berichten over het onderwerp: antwoorden in draadjes van anderen, gewaardeerde en geaccepteerde antwoorden en recente activiteit tellen het zwaarst. Wie maar één bericht heeft, telt niet als expert; privégesprekken tellen nooit mee.",
        ExpertsLabel = "Onderwerp of vraag",
        ExpertsButton = "Zoek experts",
        NoExperts = "Niemand heeft hier genoeg over geschreven om als expert te gelden.",
        ExpertsLink = "Wie weet ergens van? Experts zoeken",
        ExpertScore = "score",
        AcceptedAnswer = "geaccepteerd antwoord",
        ThemesHeading = "Thema's",
        Theme = "Thema",
        Sentiment = "Sentiment (−1 tot 1)",
        Positive = "Positief",
        Negative = "Negatief",
        TrendsHeading = "Opvallend deze week",
        MessagesLower = "berichten",
        Baseline = "normaal",
        Communities = "Communities",
        Connections = "Verbinding tussen afdelingen",
        AlertsHeading = "Signalen",
        AlertsIntro = "Wat de signaalregels van deze organisatie vonden, nieuwste eerst; elk signaal komt één keer en blijft tot het is afgehandeld (pulse alert ack ID). Regels: pulse alert rule add.",
        NoAlerts = "Geen open signalen.",
        AlertSentimentDrop = "Het sentiment over ‘{0}’ daalde met {1} (was {2}).",
        AlertVolumeSpike = "Opvallend veel berichten over ‘{0}’: {1} in een week, tegen gemiddeld {2}.",
        AlertDepartmentQuiet = "Afdeling {0} schreef niets meer (daarvoor {2} berichten).",
        AlertUnanswered = "Vraag {0} wacht al {1} uur op antwoord.",
        AlertOnePerson = "De antwoorden over ‘{0}’ rusten op één persoon ({1} van de {2} antwoorden).",
        KnowledgeHeading = "Waar de kennis zit",
        KnowledgeIntro = "per thema: wie de antwoorden geeft, en de afwezigheidsfactor — het kleinste aantal mensen dat samen de helft van de antwoorden geeft. ⚠: het thema rust op één of twee mensen.",
        NoThemes = "Deze organisatie heeft nog geen thema’s (pulse theme add).",
        Answerers = "Mensen",
        AbsenceFactor = "Afwezigheidsfactor",
        WhoAnswers = "Wie antwoordt",
        ConnectionsIntro = "wie antwoordt wie: per afdeling de antwoorden die haar mensen gaven en kregen, en het deel daarvan over de afdelingsgrens. Afdelingen onder de anonimiteitsdrempel staan samen onder ‘overige’.",
        NoConnections = "Geen antwoorden tussen bekende afdelingen in deze periode (is er een personeelsbestand met afdelingen?).",
        RepliesWritten = "Antwoorden gegeven",
        RepliesReceived = "Antwoorden gekregen",
        Crossing = "over de grens",
        OnlyOwn = "Alleen onderling",
        MatrixHeading = "Wie antwoordt wie",
        MatrixCaption = "Rijen: de afdeling die antwoordt; kolommen: de afdeling die antwoord krijgt. Hoe donkerder, hoe meer antwoorden.",
        FromDepartment = "Van \\ aan",
        CommunitiesIntro = "per community (groep, kanaal): berichten, bijdragers, het deel van de doelgroep dat er schreef, snel beantwoorde draadjes en de trend tegenover de periode ervoor.",
        NoCommunities = "Geen community had berichten in deze periode.",
        Community = "Community",
        TargetGroupReach = "Doelgroep bereikt",
        AnsweredWithin24h = "Binnen 24 uur beantwoord",
        Trend = "Trend",
        OverTimeCaption = "Aandeel van de doelgroep en van de leidinggevenden dat die week iets schreef (weken van maandag tot maandag).",
        ManagersActive = "Leidinggevenden actief",
        OfWhom = "van",
        Responsiveness = "Reactiesnelheid",
        MedianHours = "Mediane tijd tot eerste reactie (uur)",
        Unanswered = "Onbeantwoorde draadjes",
        CrossDepartment = "Reacties over afdelingsgrenzen",
        Pyramid = "Deelnamepiramide",
        Lurkers = "Meelezers (0 berichten) in de doelgroep",
        Top1 = "Aandeel berichten van de top 1 %",
        Top10 = "Aandeel berichten van de top 10 %",
        Gini = "Gini-coëfficiënt (0 = gelijk verdeeld)",
        Newcomers = "Nieuwe bijdragers",
        Retention = "Behouden uit de vorige periode",
        Departments = "Afdelingen",
        Department = "Afdeling",
        TargetGroup = "Doelgroep",
        Active = "Actief",
        Rate = "Deelname",
        HiddenDepartments = "afdeling(en) kleiner dan {0} personen worden niet apart getoond.",
        OtherDepartments = "Overige afdelingen",
        NoDirectory = "Geen personeelsbestand geladen: doelgroep = actieve platformaccounts; afdelingen onbekend.",
        NoMessages = "Geen berichten in deze periode. Kies een andere periode, of vraag uw beheerder of de berichten al zijn ingelezen.",
        BackToOverview = "Terug naar het overzicht",
        Unknown = "onbekend",
        Rank = "Plaats",
        ScoresPerOrganisation = "Scores per organisatie",
        TopTenNote = "De tien hoogste plaatsen zijn gemarkeerd; gelijke scores delen een plaats.",
        TopTen = "Top 10 zoals gepubliceerd",
        TopTenPublishedNote = "In het rapport staat een organisatie alleen met haar toestemming bij naam, anders met haar sector.",
        Distributions = "Verdelingen",
        DistributionNote = "Doos: eerste tot derde kwartiel; dikke streep: mediaan; ruit: gemiddelde; lijn: laagste tot hoogste score.",
        IndexAndPreconditions = "Volwassenheidsindex en randvoorwaarden",
        ChangeSince = "Verandering sinds ronde {0}",
        NoPreviousWave = "Er is geen eerdere ronde om mee te vergelijken.",
        ChangeNote = "Een verschil heet hier alleen een verschil als p < 0,05 (t-toets van Welch).",
        Score = "Score",
        Mean = "Gemiddelde",
        Verdict = "Oordeel",
        Difference = "verschil",
        NoDifference = "geen aantoonbaar verschil",
        Untestable = "niet te toetsen",
        NotComparable = "Niet vergelijkbaar (ander model)",
        Findings = "Bevindingen",
        NoFindings = "Nog geen bevindingen: er zijn geen gescoorde organisaties.",
        Downloads = "Downloads",
        ReportHtml = "Onderzoeksrapport (HTML)",
        ReportPdf = "Onderzoeksrapport (PDF)",
        Workbook = "Werkmap met alle tabellen (XLSX)",
        DownloadsNote = "Het rapport wordt bij de eerste download gemaakt; de PDF duurt enkele seconden.",
        Scorecard = "Scorecard",
        LatestScorecard = "Scorecard ronde {0}",
        OpenScorecard = "Open de scorecard",
        Percentile = "Percentiel",
        BackToWave = "Terug naar ronde {0}",
        PdfUnavailable = "PDF niet beschikbaar",
        PdfUnavailableText = "De PDF kan nu niet worden gemaakt: op de server ontbreekt Chromium (apt-get install chromium). Het rapport in HTML en de werkmap zijn wel te downloaden.",
        LatestReport = "Rapport van de laatste ronde",
    };

    public static UiText English { get; } = new()
    {
        Language = UiLanguage.English,
        OtherLanguage = UiLanguage.Dutch,
        OtherLanguageName = "Nederlands",
        Tagline = "How mature is your internal social media, and what is going on in your communities?",
        NavOverview = "Overview",
        Organisations = "Organisations",
        OrganisationsIntro = "The organisations in this database, with what is known of each.",
        NoOrganisations = "No organisations in this database yet. Once your administrator adds one, it appears here.",
        Name = "Name",
        Employees = "Employees",
        People = "In HR directory",
        Accounts = "Platform accounts",
        Messages = "Messages",
        Questions = "Three questions",
        QuestionMaturity = "How mature is our internal social media, and how do we compare?",
        QuestionCommunities = "What is going on in our communities right now?",
        QuestionReality = "Is what we claim true? The questionnaire next to what the messages measure.",
        Reality = RealityText.English,
        Access = AccessText.English,
        Explain = ExplainText.English,
        Survey = SurveyText.English,
        Footer = "Pulse — research into internal social media",
        NotFound = "This page does not exist.",
        Waves = "Benchmark waves",
        NoWaves = "No benchmark waves yet. Once questionnaires have been read in, the waves appear here.",
        Wave = "Wave",
        Model = "Model",
        Respondents = "Respondents",
        Scored = "scored",
        Index = "Maturity index",
        Stage = "Stage",
        Incomplete = "incomplete",
        NoCommunity = "no community",
        Withheld = "not shown: fewer than 5 respondents",
        Reliability = "Reliability (Cronbach's alpha)",
        Construct = "Construct",
        Organisation = "Organisation",
        WaveIntro = "Scores per organisation on a scale of 0 to 100. An organisation is never more than one stage above its weakest precondition.",
        Participation = "Participation",
        PeriodLabel = "Period",
        From = "From",
        To = "To",
        Show = "Show",
        PeriodNote = "The end date is not included. Without a choice: the 90 days up to the latest message.",
        NotADate = "{0}: ‘{1}’ is not a date between {2} and {3}. Write yyyy-mm-dd.",
        EmptyPeriod = "This period is empty: ‘From’ must come before ‘To’, and the end date is not included.",
        Threads = "Threads",
        Replies = "Replies",
        Contributors = "Contributors",
        TargetGroupActive = "Target group active",
        OverTime = "Participation per week",
        DepartmentsOverTime = "Participation per department per week",
        DepartmentsOverTimeCaption = "Share of each department's target group who wrote something that week; a department below the anonymity threshold in a week has no point that week.",
        ThemesOverTime = "Messages per theme per week",
        ThemesOverTimeCaption = "Open a theme in the table to read its messages.",
        ThemeSentimentOverTime = "Mean sentiment per theme per week (−1 to 1)",
        CommunitiesOverTime = "Messages per community per week",
        CommunitiesOverTimeCaption = "The five communities with the most messages in the period.",
        SearchHeading = "Search the messages",
        SearchLabel = "Words, \"phrases\", AND, OR, NOT",
        SearchButton = "Search",
        SearchResults = "messages found (the 50 best)",
        ExpertsHeading = "Who knows about this?",
        ExpertsIntro = "People ranked by their messages on the subject: answers in threads others started, liked and accepted answers and recent activity weigh most. One message does not make an expert; private conversations never count.",
        ExpertsLabel = "Subject or question",
        ExpertsButton = "Find experts",
        NoExperts = "No one has written enough on this to count as an expert.",
        ExpertsLink = "Who knows about something? Find experts",
        ExpertScore = "score",
        AcceptedAnswer = "accepted answer",
        ThemesHeading = "Themes",
        Theme = "Theme",
        Sentiment = "Sentiment (−1 to 1)",
        Positive = "Positive",
        Negative = "Negative",
        TrendsHeading = "Trending this week",
        MessagesLower = "messages",
        Baseline = "usually",
        Communities = "Communities",
        Connections = "Connection between departments",
        AlertsHeading = "Alerts",
        AlertsIntro = "What this organisation's alert rules found, newest first; each alert is raised once and stays until acknowledged (pulse alert ack ID). Rules: pulse alert rule add.",
        NoAlerts = "No open alerts.",
        AlertSentimentDrop = "Sentiment about ‘{0}’ fell by {1} (was {2}).",
        AlertVolumeSpike = "Unusually many messages about ‘{0}’: {1} in a week, against {2} on average.",
        AlertDepartmentQuiet = "Department {0} went quiet (before: {2} messages).",
        AlertUnanswered = "Question {0} has waited {1} hours for an answer.",
        AlertOnePerson = "The answers about ‘{0}’ rest on one person ({1} of {2} replies).",
        KnowledgeHeading = "Where knowledge sits",
        KnowledgeIntro = "per theme: who gives the answers, and the absence factor — the fewest people who together give half of the replies. ⚠: the theme rests on one or two people.",
        NoThemes = "This organisation has no themes yet (pulse theme add).",
        Answerers = "People",
        AbsenceFactor = "Absence factor",
        WhoAnswers = "Who answers",
        ConnectionsIntro = "who answers whom: per department the replies its people wrote and received, and the share of those across a department boundary. Departments below the anonymity threshold are together under ‘other’.",
        NoConnections = "No replies between known departments in this period (is there a directory with departments?).",
        RepliesWritten = "Replies written",
        RepliesReceived = "Replies received",
        Crossing = "across",
        OnlyOwn = "Only among themselves",
        MatrixHeading = "Who answers whom",
        MatrixCaption = "Rows: the department that answers; columns: the department answered. The darker, the more replies.",
        FromDepartment = "From \\ to",
        CommunitiesIntro = "per community (group, channel): messages, contributors, the share of the target group that wrote there, threads answered quickly, and the trend against the period before.",
        NoCommunities = "No community had messages in this period.",
        Community = "Community",
        TargetGroupReach = "Target group reached",
        AnsweredWithin24h = "Answered within 24 hours",
        Trend = "Trend",
        OverTimeCaption = "Share of the target group and of the managers who wrote something that week (weeks run Monday to Monday).",
        ManagersActive = "Managers active",
        OfWhom = "of",
        Responsiveness = "Responsiveness",
        MedianHours = "Median hours to first reply",
        Unanswered = "Unanswered threads",
        CrossDepartment = "Replies across departments",
        Pyramid = "Participation pyramid",
        Lurkers = "Lurkers (0 messages) in the target group",
        Top1 = "Share of messages by the top 1 %",
        Top10 = "Share of messages by the top 10 %",
        Gini = "Gini coefficient (0 = evenly spread)",
        Newcomers = "Newcomers",
        Retention = "Retained from the previous period",
        Departments = "Departments",
        Department = "Department",
        TargetGroup = "Target group",
        Active = "Active",
        Rate = "Rate",
        HiddenDepartments = "department(s) smaller than {0} people are not shown on their own.",
        OtherDepartments = "Other departments",
        NoDirectory = "No HR directory loaded: target group = active platform accounts; departments unknown.",
        NoMessages = "No messages in this period. Choose another period, or ask your administrator whether the messages have been imported.",
        BackToOverview = "Back to the overview",
        Unknown = "unknown",
        Rank = "Rank",
        ScoresPerOrganisation = "Scores per organisation",
        TopTenNote = "The ten highest places are highlighted; equal scores share a place.",
        TopTen = "Top 10 as published",
        TopTenPublishedNote = "The report names an organisation only with its consent, otherwise by its sector.",
        Distributions = "Distributions",
        DistributionNote = "Box: first to third quartile; thick line: median; diamond: mean; line: lowest to highest score.",
        IndexAndPreconditions = "Maturity index and preconditions",
        ChangeSince = "Change since wave {0}",
        NoPreviousWave = "There is no earlier wave to compare with.",
        ChangeNote = "A difference is only called a difference when p < 0.05 (Welch's t-test).",
        Score = "Score",
        Mean = "Mean",
        Verdict = "Verdict",
        Difference = "difference",
        NoDifference = "no difference shown",
        Untestable = "cannot be tested",
        NotComparable = "Not comparable (other model)",
        Findings = "Findings",
        NoFindings = "No findings yet: no organisation has been scored.",
        Downloads = "Downloads",
        ReportHtml = "Research report (HTML)",
        ReportPdf = "Research report (PDF)",
        Workbook = "Workbook with every table (XLSX)",
        DownloadsNote = "The report is made at the first download; the PDF takes a few seconds.",
        Scorecard = "Scorecard",
        LatestScorecard = "Scorecard wave {0}",
        OpenScorecard = "Open the scorecard",
        Percentile = "Percentile",
        BackToWave = "Back to wave {0}",
        PdfUnavailable = "PDF not available",
        PdfUnavailableText = "The PDF cannot be made now: Chromium is missing on the server (apt-get install chromium). The report in HTML and the workbook can still be downloaded.",
        LatestReport = "Report of the latest wave",
    };

    public static UiText For(string language) => language == UiLanguage.English ? English : Dutch;
}

namespace Pulse.Web.Localization;

/// <summary>What each figure counts (docs/metrics.md in a sentence or two), in one language.</summary>
public sealed record ExplainText
{
    public required string Title { get; init; }
    public required string Period { get; init; }
    public required string Messages { get; init; }
    public required string Threads { get; init; }
    public required string Replies { get; init; }
    public required string Contributors { get; init; }
    public required string Participation { get; init; }
    public required string Management { get; init; }
    public required string Themes { get; init; }
    public required string Trends { get; init; }
    public required string OverTime { get; init; }
    public required string Responsiveness { get; init; }
    public required string Pyramid { get; init; }
    public required string Departments { get; init; }
    public required string Communities { get; init; }
    public required string Connections { get; init; }
    public required string Knowledge { get; init; }
    public required string Experts { get; init; }
    public required string Alerts { get; init; }
    public required string WaveScores { get; init; }
    public required string Scorecard { get; init; }
    public required string Reality { get; init; }
    public required string EndExcluded { get; init; }
    public required string PeopleUnit { get; init; }
    public required string MessagesUnit { get; init; }
    public required string OrganisationsUnit { get; init; }

    public static readonly ExplainText Dutch = new()
    {
        Title = "Wat telt dit?",
        Period = "Periode",
        Messages = "Berichten en reacties van mensen (geen bots of systeemmeldingen, niet verwijderd) die in de periode zijn geschreven. Privégesprekken tellen niet mee, tenzij de organisatie daarvoor koos.",
        Threads = "Berichten die een gesprek beginnen (geen reactie op een ander bericht), in de periode.",
        Replies = "Berichten die reageren op een ander bericht, in de periode.",
        Contributors = "Verschillende mensen met minstens één bericht in de periode.",
        Participation = "Deel van de doelgroep (volgens het HR-bestand; zonder HR-bestand: de actieve accounts) dat in de periode minstens één bericht schreef.",
        Management = "Hetzelfde als de deelname, alleen voor de leidinggevenden in de doelgroep.",
        Themes = "Per thema (een opgeslagen zoekvraag): de berichten in de periode die erop passen, hoeveel mensen ze schreven, en het gemiddelde sentiment (−1 tot 1).",
        Trends = "Woorden en hashtags die deze week veel vaker voorkomen dan in de weken ervoor, met het bericht dat het laat zien.",
        OverTime = "Per week: berichten en actieve mensen, in totaal en per afdeling. Afdelingen van minder dan 5 mensen zijn samengevoegd tot ‘overig’.",
        Responsiveness = "Van de gesprekken die in de periode begonnen: het deel met een eerste reactie van iemand anders binnen 24 uur, de mediane tijd tot die reactie, en hoeveel er geen reactie kregen.",
        Pyramid = "Hoe de berichten over de doelgroep zijn verdeeld: het deel dat niets schreef, het deel van alle berichten van de top 1 % en top 10 % schrijvers, en de Gini-coëfficiënt.",
        Departments = "Deelname per afdeling volgens het HR-bestand. Afdelingen van minder dan 5 mensen staan niet apart: ze zijn samengevoegd tot ‘overig’, zodat niemand herkenbaar is, ook niet door af te trekken van het totaal.",
        Communities = "Per groep of kanaal: berichten, bereik en reactiesnelheid in de periode, en de trend tegenover de periode ervoor.",
        Connections = "Wie antwoordt wie: reacties van de ene afdeling op berichten van de andere, en per afdeling het deel van de reacties dat een afdelingsgrens oversteekt.",
        Knowledge = "Per thema: wie de antwoorden geeft in de gesprekken over dat thema, en het kleinste aantal mensen dat samen de helft van de antwoorden geeft. Een thema dat op één of twee mensen rust, is kwetsbaar.",
        Experts = "Mensen gerangschikt naar hun berichten die op de zoekvraag passen: antwoorden op vragen van anderen, en antwoorden die gewaardeerd of als beste gekozen werden, wegen zwaarder; recente activiteit telt mee. Wie maar één bericht heeft, is geen expert.",
        Alerts = "Meldingen van de regels van deze organisatie, één keer gemeld en bewaard tot ze bevestigd zijn.",
        WaveScores = "Scores van 0 tot 100 per organisatie op de index en de vier voorwaarden, volgens de regels van het volwassenheidsmodel; organisaties met te weinig respondenten worden niet getoond.",
        Scorecard = "De score van deze organisatie naast de verdeling over alle organisaties van de ronde.",
        Reality = "Wat de vragenlijst claimt naast wat de berichten meten over dezelfde periode.",
        EndExcluded = "de einddatum telt niet mee",
        PeopleUnit = "mensen",
        MessagesUnit = "berichten",
        OrganisationsUnit = "organisaties",
    };

    public static readonly ExplainText English = new()
    {
        Title = "What does this count?",
        Period = "Period",
        Messages = "Posts and replies by people (not bots or system events, not deleted) written in the period. Private conversations do not count unless the organisation opted in.",
        Threads = "Messages that start a conversation (not a reply to another message), in the period.",
        Replies = "Messages that reply to another message, in the period.",
        Contributors = "Distinct people with at least one message in the period.",
        Participation = "Share of the target group (from the HR file; without one, the active accounts) that wrote at least one message in the period.",
        Management = "The same as participation, for the managers in the target group only.",
        Themes = "Per theme (a saved query): the messages of the period that match it, how many people wrote them, and their mean sentiment (−1 to 1).",
        Trends = "Words and hashtags far more frequent this week than in the weeks before, with a message that shows it.",
        OverTime = "Per week: messages and active people, in total and per department. Departments of fewer than 5 people are merged into 'other'.",
        Responsiveness = "Of the conversations started in the period: the share with a first reply by someone else within 24 hours, the median time to that reply, and how many got none.",
        Pyramid = "How messages are spread over the target group: the share that wrote nothing, the share of all messages written by the top 1 % and top 10 % of writers, and the Gini coefficient.",
        Departments = "Participation per department from the HR file. Departments of fewer than 5 people are not shown apart: they are merged into 'other' so that nobody can be recognised, not even by subtracting from the total.",
        Communities = "Per group or channel: messages, reach and responsiveness in the period, and the trend against the period before.",
        Connections = "Who answers whom: replies from one department to messages of another, and per department the share of replies that cross a department boundary.",
        Knowledge = "Per theme: who gives the answers in the conversations about it, and the smallest number of people who together give half of them. A theme resting on one or two people is at risk.",
        Experts = "People ranked by their messages that match the query: answers to others' questions, and answers that were liked or chosen as best, weigh more; recent activity counts. Someone with a single message is not an expert.",
        Alerts = "Alerts raised by this organisation's rules, each raised once and kept until acknowledged.",
        WaveScores = "Scores from 0 to 100 per organisation on the index and the four preconditions, by the maturity model's rules; organisations with too few respondents are not shown.",
        Scorecard = "This organisation's score next to the distribution over every organisation of the wave.",
        Reality = "What the questionnaire claims next to what the messages measure over the same period.",
        EndExcluded = "the end date is not included",
        PeopleUnit = "people",
        MessagesUnit = "messages",
        OrganisationsUnit = "organisations",
    };
}

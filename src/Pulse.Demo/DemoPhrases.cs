namespace Pulse.Demo;

/// <summary>
/// Building blocks for the demo's everyday conversations: short questions, announcements, thanks
/// and complaints as colleagues write them, combined at random so that no two threads read alike.
/// </summary>
internal static class DemoPhrases
{
    public static readonly string[] Things =
    [
        "het sjabloon voor raadsvoorstellen", "de nieuwe huisstijl", "het formulier voor de buitendienstvergoeding",
        "de planning van de raadscyclus", "de contactpersoon voor inkoop", "de cijfers van de burgerpeiling",
        "de werkinstructie voor bezwaarschriften", "het overzicht van de BHV'ers", "de handleiding van het zaaksysteem",
        "de presentatie van de kennissessie", "het jaarplan van ons cluster", "de regeling voor het opleidingsbudget",
        "de afspraken over archiveren in Teams", "het privacyformulier voor nieuwe projecten", "de subsidieregeling voor verenigingen",
    ];

    public static readonly string[] Tools =
    [
        "Power BI", "het nieuwe zaaksysteem", "Teams-livestreams", "de digitale handtekening", "het DSO-loket", "Copilot",
        "de reserverings-app", "Planner", "het klantvolgsysteem", "de e-learning informatiebeveiliging",
    ];

    public static readonly string[] Teams =
    [
        "team Vergunningen", "de servicedesk", "team Communicatie", "het Klantcontactcentrum", "team Wijkzaken",
        "team Financiën", "de afdeling HR", "team Belastingen", "het projectteam Stationsgebied", "team Jeugd",
    ];

    public static readonly string[] Achievements =
    [
        "de soepele verhuizing naar de nieuwe werkplekken", "het wegwerken van de achterstand in de post", "de geslaagde open dag",
        "de heldere nieuwsbrief over de reorganisatie", "de snelle oplossing van de storing", "het mooie jaarverslag",
        "de goede opvang van de nieuwe collega's", "de inzet tijdens de verkiezingen",
    ];

    public static readonly string[] Events =
    [
        "lunchlezing over informatiebeveiliging", "inloopspreekuur over de nieuwe cao", "wandeling tijdens de lunch",
        "kennissessie over schrijven in begrijpelijke taal", "workshop effectief vergaderen", "proeverij van de nieuwe koffie",
    ];

    public static readonly string[] Days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

    public static readonly string[] Systems = ["de VPN-verbinding", "de printer op de tweede", "het zaaksysteem", "Teams", "de wifi in het stadskantoor", "het declaratieportaal"];

    public static readonly string[] Hashtags = ["#kennisdelen", "#werkplek", "#ict", "#samenwerken", "#dienstverlening", "#leren"];

    public static readonly string[] HelpfulReplies =
    [
        "Kijk even op het intranet onder Werkplek, daar staat het.", "Ik stuur je een link via de chat.", "Dat staat in de handleiding, hoofdstuk 3.",
        "Mail {team}, die weten het zeker.", "Vraag het bij {team}, zij hebben het laatst gebruikt.", "Goede vraag, ik ben ook benieuwd!",
        "Wij gebruiken het al een half jaar, werkt prima.", "Ik kan je er morgen even mee helpen.", "Er is volgende week een training over.",
        "Bij ons team staat het in de gedeelde map.", "Heb je de zoekfunctie op het intranet al geprobeerd?",
    ];

    public static readonly string[] ThanksReplies = ["Dank je wel, gevonden!", "Top, dank!", "Helder, bedankt!", "Dat was het, dank je!", "Super, dank voor de snelle reactie."];

    public static readonly string[] CheerReplies = ["Leuk!", "Ik kom!", "Goed initiatief!", "Mooi!", "Goed bezig!", "Helemaal terecht, complimenten!", "Klasse!", "👏👏"];

    public static readonly string[] ComplaintReplies =
    [
        "Hier ook, echt vervelend.", "Dit is al de derde keer deze maand.", "Melding gemaakt bij de servicedesk.",
        "Bij mij werkt het weer na opnieuw opstarten.", "Het zou nu opgelost moeten zijn.", "Ik snap de frustratie, we kijken ernaar.",
    ];

    public static readonly string[] EnglishQuestions =
    [
        "Does anyone know where to find {thing}?", "Has anyone tried {tool} yet?", "Who can help me with {thing}?",
    ];

    public static readonly string[] EnglishReplies =
    [
        "Check the intranet under Workplace.", "I'll send you a link in chat.", "Good question, I'd like to know too!", "Thanks, found it!",
        "Ask {team}, they know.", "It works well for us.",
    ];

    /// <summary>The demo's trend of the last week: the parking garage of the city office closes.</summary>
    public static readonly string[] GarageStarters =
    [
        "De parkeergarage bij het stadskantoor gaat vanaf maandag dicht voor renovatie. Waar kunnen we nu parkeren?",
        "Weet iemand of er een alternatief is voor de parkeergarage tijdens de renovatie?",
        "Parkeergarage dicht en de fietsenstalling is al vol. Dit is echt slecht geregeld.",
        "Top dat er pendelbusjes rijden nu de parkeergarage dicht is, bedankt Facilitair!",
        "Hoe lang blijft de parkeergarage eigenlijk dicht? Ik hoor verschillende verhalen.",
    ];

    public static readonly string[] GarageReplies =
    [
        "Bij het station is nog plek, met de pendelbus ben je er in tien minuten.",
        "Ik ga voorlopig met de fiets, scheelt ook in de file.",
        "Facilitair heeft een FAQ op intranet gezet over de parkeergarage.",
        "Heel vervelend, zeker voor collega's die ver weg wonen.",
        "Dank voor de tip!",
        "De renovatie van de parkeergarage duurt volgens de planning zes weken.",
    ];
}

namespace Pulse.Demo;

/// <summary>A community of the demo organisation.</summary>
public sealed record DemoGroup(long Id, string Name, string Description, bool IsPrivate, string Language);

/// <summary>
/// A conversation the demo can hold: an opening post and the replies colleagues may give, in the
/// group where it belongs. Written for the demo (fictional), in the tone of a Dutch municipality's
/// internal platform; some in English, as its international staff write.
/// </summary>
public sealed record DemoThread(long Group, string Starter, string[] Replies, bool ManagerStarts = false);

/// <summary>The demo's communities and conversations (all fictional).</summary>
public static class DemoConversations
{
    public static IReadOnlyList<DemoGroup> Groups { get; } =
    [
        new(101, "Iedereen bij Lindeloo", "Nieuws, vragen en mededelingen voor alle collega's.", false, "nl"),
        new(102, "Omgevingswet", "Kennis delen over werken met de Omgevingswet en het DSO.", false, "nl"),
        new(103, "Hybride werken", "Thuis, op kantoor of ergens anders: hoe werken we samen?", false, "nl"),
        new(104, "ICT-hulp", "Vragen over laptops, Teams, wachtwoorden en applicaties.", false, "nl"),
        new(105, "Sociaal Domein", "Wmo, Jeugd, Participatie: casuïstiek en werkafspraken.", false, "nl"),
        new(106, "Duurzaam Lindeloo", "Ideeën en acties voor een duurzame organisatie.", false, "nl"),
        new(107, "Nieuwe collega's", "Welkom! Stel je voor en stel je vragen.", false, "nl"),
        new(108, "International staff", "For colleagues who prefer English.", false, "en"),
        new(109, "Leidinggevendenoverleg", "Besloten groep voor leidinggevenden.", true, "nl"),
    ];

    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        new(101, "Goedemorgen allemaal! Vanaf maandag is de nieuwe kantine op de tweede verdieping open. Er is ook een vegetarische lunch van de dag. #kantine",
            ["Eindelijk! Ziet er goed uit.", "Is er ook een optie zonder gluten?", "Top, dank voor het regelen!", "Ik mis wel de soep van de oude kantine 😉", "Ja, de glutenvrije broodjes staan bij de kassa.", "Wat zijn de openingstijden?", "Van 11.30 tot 14.00 uur."], true),
        new(101, "Vandaag is de gemeenteraad akkoord gegaan met de begroting 2027. Dank aan iedereen die daar de afgelopen maanden hard aan heeft gewerkt! #begroting",
            ["Mooi resultaat, complimenten aan Financiën.", "Wat betekent dit voor de formatie van ons team?", "Dat bespreken we in het volgende teamoverleg.", "Goed nieuws!", "Knap werk onder tijdsdruk."], true),
        new(101, "Heeft iemand een oplader voor een Dell-laptop laten liggen in vergaderzaal De Linde? Hij ligt bij de receptie.",
            ["Die is van mij, dank je!", "Handig dat je het even meldt."]),
        new(101, "De reorganisatie van de afdeling Dienstverlening wordt uitgesteld tot na de zomer. Ik begrijp dat dit voor onzekerheid zorgt; we houden jullie op de hoogte. #reorganisatie",
            ["Fijn dat het eerlijk gecommuniceerd wordt.", "Weer uitstel... dat is voor ons team best frustrerend.", "Wanneer horen we meer over de nieuwe functiebeschrijvingen?", "Kunnen we hier een apart vragenuur voor plannen?", "Goed idee, ik plan een inloopsessie.", "Ik maak me eerlijk gezegd zorgen over de werkdruk in de tussentijd."], true),
        new(101, "Vrijdag vanaf 16.00 uur is er een borrel in het atrium om het project Klantreis af te sluiten. Iedereen is welkom! #borrel",
            ["Gezellig, ik ben erbij!", "Helaas ben ik vrij, veel plezier!", "Is er ook alcoholvrij bier?", "Zeker!"]),
        new(101, "Wist je dat we dit jaar al 40 procent minder papier printen dan vorig jaar? Mooi resultaat van de campagne Digitaal Werken.",
            ["Goed bezig allemaal!", "Nu de printers op de derde nog vervangen 😅", "Knap!"], true),
        new(101, "Let op: er gaan phishingmails rond die lijken te komen van de salarisadministratie. Klik niet op de link en meld het bij de servicedesk. #informatiebeveiliging",
            ["Ik had er vanochtend ook een, meteen gemeld.", "Dank voor de waarschuwing.", "Hoe herken je zo'n mail het best?", "Kijk naar het afzenderadres en ga met je muis over de link zonder te klikken."]),
        new(102, "Vraag: hoe gaan jullie om met vergunningaanvragen die via het DSO binnenkomen maar onvolledig zijn? Wij verschillen daarin per team. #omgevingswet",
            ["Wij sturen binnen twee dagen een verzoek om aanvulling met een vaste termijn van twee weken.", "Er is een werkinstructie in het kwaliteitshandboek, paragraaf 4.2.", "Goede vraag, bij ons gaat het nog vaak mis met de bijlagen.", "Zou mooi zijn als we dit in één werkafspraak vastleggen.", "Ik neem het mee naar het kernteam Omgevingswet.", "Dank, dit helpt enorm!"]),
        new(102, "Morgen om 10.00 uur een kennissessie over het omgevingsplan en de bruidsschat. Aanmelden via de link in het intranet. #omgevingswet #kennissessie",
            ["Wordt de sessie opgenomen?", "Ja, de opname komt op het intranet.", "Ik meld me aan.", "Super dat jullie dit organiseren."]),
        new(102, "Weet iemand of we voor een dakkapel aan de achterkant nog een vergunning nodig hebben onder het nieuwe omgevingsplan?",
            ["In de meeste gevallen niet, maar check de regels voor beschermd stadsgezicht.", "Gebruik de vergunningcheck in het Omgevingsloket, die is actueel.", "Let op: bij een monument altijd wel.", "Helder, dank jullie wel!"]),
        new(102, "Complimenten aan het team Vergunningen: de gemiddelde doorlooptijd is gedaald van 7 naar 5 weken. 👏",
            ["Mooi om te zien dat het effect heeft!", "Teamwork!", "Hoe hebben jullie dat voor elkaar gekregen?", "Vooral door het vooroverleg met initiatiefnemers eerder te plannen."], true),
        new(103, "Hoe regelen jullie het in je team: vaste kantoordagen of juist niet? Wij zoeken naar een goede balans. #hybridewerken",
            ["Wij hebben dinsdag en donderdag als teamdagen, dat werkt prima.", "Bij ons is het vrij, maar dan zie je elkaar soms weken niet.", "Vaste dagen helpen vooral nieuwe collega's.", "Ik vind de flexibiliteit juist heel prettig.", "Misschien een idee om dit in de MT-vergadering te bespreken?", "Goede suggestie, neem ik mee."]),
        new(103, "De werkplekken op de eerste verdieping zijn op dinsdag en donderdag vaak allemaal bezet. Kunnen we een reserveringssysteem invoeren?",
            ["Ja graag, ik loop vaak een rondje voor niets.", "Er komt een pilot met de reserverings-app in oktober.", "Dat is goed nieuws.", "Liever geen extra app, het wordt al zo veel.", "Kan het niet via Outlook?"]),
        new(103, "Tip: zet je status in Teams op 'Niet storen' als je focus nodig hebt. Scheelt mij veel onderbrekingen. #focus",
            ["Goede tip!", "En blok focustijd in je agenda.", "Werkt bij mij ook goed."]),
        new(103, "Ik merk dat online vergaderingen vaak uitlopen en dan sluit de volgende meteen aan. Zullen we afspreken dat vergaderingen 25 of 50 minuten duren?",
            ["Eens! Dat geeft lucht.", "Wij doen dit al een half jaar, echt een verbetering.", "Mooi voorstel.", "Ik ben bang dat het in de praktijk toch uitloopt.", "Je moet het wel als voorzitter bewaken."]),
        new(104, "Sinds de update van vanochtend start Outlook bij mij niet meer op. Herkent iemand dit? #storing",
            ["Ja, hier ook!", "Bij mij werkt het na een herstart weer.", "De servicedesk is ermee bezig, er komt zo een melding.", "Herstart werkt bij mij niet.", "Opgelost: er is een hotfix uitgerold, opnieuw opstarten en het werkt weer.", "Dank voor de snelle hulp!"]),
        new(104, "Hoe deel ik een map in OneDrive met een externe partij? Ik krijg steeds een foutmelding.",
            ["Externe deling staat standaard uit; je moet een aanvraag doen via het selfserviceportaal.", "Voor vertrouwelijke stukken gebruik je beter de beveiligde mail.", "Gelukt, dank!"]),
        new(104, "Is er iemand die ervaring heeft met het nieuwe zaaksysteem en de koppeling met Teams? Ik zie mijn dossiers niet terug.",
            ["De koppeling werkt alleen voor zaken die na 1 september zijn aangemaakt.", "Je moet ook de app 'Zaken' in Teams toevoegen.", "Er staat een handleiding op het intranet onder Werkplek.", "Dat was het, dank je wel!"]),
        new(104, "Het wifi-netwerk in het stadskantoor valt de hele ochtend steeds weg. Dit is echt vervelend, ik kan zo niet werken. #storing",
            ["Hier precies hetzelfde, erg frustrerend.", "Melding is gedaan, er wordt aan gewerkt.", "Met een netwerkkabel werkt het wel.", "Het zou nu weer stabiel moeten zijn.", "Bij mij nog steeds niet."]),
        new(104, "Welk wachtwoordbeheerprogramma mogen we gebruiken? Ik heb er veel te veel.",
            ["We hebben een organisatiebrede licentie, aan te vragen via de servicedesk.", "Ook handig voor gedeelde teamaccounts.", "Goed om te weten!"]),
        new(105, "Casus: een inwoner heeft zowel een Wmo-voorziening als schuldhulp nodig, maar valt tussen wal en schip. Hoe stemmen jullie dat af? #integraalwerken",
            ["Wij plannen dan een keukentafelgesprek met beide consulenten samen.", "Het casusoverleg op woensdag is daar juist voor bedoeld.", "Belangrijk om één vast aanspreekpunt aan te wijzen.", "Zou mooi zijn als het zaaksysteem dit beter ondersteunt.", "Ik stuur je het werkproces integrale toegang door.", "Dank, ik ga het zo aanpakken."]),
        new(105, "De wachtlijst voor Wmo-aanvragen loopt op tot 9 weken. We zoeken tijdelijk extra handen; wie kan een paar uur per week bijspringen?",
            ["Ik kan twee middagen per week helpen.", "Vanuit Participatie kunnen we iemand vrijmaken.", "Goed dat dit zichtbaar wordt gemaakt.", "Dit is al maanden een probleem, er moet structureel iets gebeuren.", "Dank voor jullie hulp, ik neem contact op."], true),
        new(105, "Nieuwe werkinstructie jeugdhulp staat online. Belangrijkste wijziging: de termijn voor de beschikking is nu 6 weken.",
            ["Dank voor het delen.", "Geldt dit ook voor lopende aanvragen?", "Nee, alleen voor nieuwe aanvragen vanaf 1 oktober."]),
        new(106, "Idee: laten we de parkeerplaatsen bij het stadskantoor voor een deel vervangen door fietsenstallingen met laadpunten. #duurzaamheid",
            ["Goed plan, de stalling zit vaak vol.", "Er zijn ook collega's die van ver komen en afhankelijk zijn van de auto.", "Misschien eerst een peiling onder collega's?", "Ik help graag met de uitwerking.", "Leuk idee!"]),
        new(106, "Deze maand doen we mee aan de Week van de Duurzaamheid. Wie doet er mee met de fietschallenge? 🚲 #duurzaamheid",
            ["Ik doe mee!", "Ons team doet mee als groep.", "Hoe meld ik me aan?", "Via het formulier op het intranet.", "Ik fiets al elke dag, telt dat ook? 😄"]),
        new(106, "Wie weet of de restwarmte van het zwembad ook voor het stadskantoor gebruikt kan worden? Ik las er iets over.",
            ["Er loopt een haalbaarheidsstudie, resultaten komen in het voorjaar.", "Interessant, houd ons op de hoogte!"]),
        new(107, "Hallo allemaal! Ik ben Sanne en sinds deze week werkzaam als beleidsmedewerker Wonen. Leuk om jullie te leren kennen!",
            ["Welkom Sanne!", "Welkom, veel succes!", "Leuk dat je er bent, we lopen vast snel eens samen op.", "Welkom! Kom gerust langs op de derde verdieping."]),
        new(107, "Vraag van een nieuwe collega: waar vind ik de regeling voor reiskosten en thuiswerkvergoeding?",
            ["Op het intranet onder HR > Arbeidsvoorwaarden.", "En je declareert via het personeelsportaal.", "Dank je wel!"]),
        new(107, "Welkom aan de zeven nieuwe collega's die deze maand zijn gestart! Op donderdag is de introductiedag. #onboarding",
            ["Welkom allemaal!", "Fijn dat de introductiedag weer terug is.", "Is er ook een rondleiding door het gebouw?", "Ja, om 14.00 uur."], true),
        new(108, "Hi everyone! Does anyone know whether the Dutch language course is paid for by the municipality? #onboarding",
            ["Yes, it is covered by the training budget. Ask your manager to approve it.", "I took it last year, highly recommended!", "There is also a conversation group on Thursdays.", "Thanks, that's really helpful!"]),
        new(108, "The new expense portal only shows Dutch labels. Is an English version planned?",
            ["I asked the same question, apparently it's on the roadmap for next year.", "You can switch your browser to translate the page, works reasonably well.", "Annoying, but thanks for the tip.", "I'll raise it with the HR systems team."]),
        new(108, "Great session on the Environment and Planning Act today. Slides are on the intranet. #omgevingswet",
            ["Thanks for sharing!", "Very clear explanation.", "Will there be a follow-up session?"]),
        new(108, "Quick question: how do I book a meeting room for an external visitor?",
            ["Through Outlook, choose the room as a resource and register the visitor at reception.", "Got it, thanks!"]),
        new(109, "Graag jullie input: hoe betrekken we medewerkers beter bij de keuzes rond huisvesting? De resultaten van de enquête vallen tegen.",
            ["Misschien kleinschalige sessies per afdeling in plaats van één grote bijeenkomst.", "Ik zou het platform gebruiken voor een open vragenronde.", "Laten we het als agendapunt nemen voor het MT.", "Eens, en de uitkomst ook hier delen."], true),
        new(109, "Reminder: de gesprekscyclus moet eind november afgerond zijn. Lukt dat in jullie teams?",
            ["Bij ons is 80 procent gevoerd.", "Wij lopen wat achter door ziekte.", "Ik heb nog vijf gesprekken te gaan."], true),
    ];
}

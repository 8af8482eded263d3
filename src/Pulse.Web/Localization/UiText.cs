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
    public required string Tagline { get; init; }
    public required string NavOverview { get; init; }
    public required string NavApi { get; init; }
    public required string Organisations { get; init; }
    public required string OrganisationsIntro { get; init; }
    public required string NoOrganisations { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Employees { get; init; }
    public required string People { get; init; }
    public required string Accounts { get; init; }
    public required string Messages { get; init; }
    public required string Questions { get; init; }
    public required string QuestionMaturity { get; init; }
    public required string QuestionCommunities { get; init; }
    public required string QuestionReality { get; init; }
    public required string Footer { get; init; }
    public required string NotFound { get; init; }

    public static UiText Dutch { get; } = new()
    {
        Language = UiLanguage.Dutch,
        OtherLanguage = UiLanguage.English,
        OtherLanguageName = "English",
        Tagline = "Hoe volwassen zijn uw interne sociale media, en wat gebeurt er in uw communities?",
        NavOverview = "Overzicht",
        NavApi = "API",
        Organisations = "Organisaties",
        OrganisationsIntro = "De organisaties in deze database, met wat er van elk bekend is.",
        NoOrganisations = "Nog geen organisaties. Voeg er een toe met `pulse org add`, of bouw de demo met `pulse demo`.",
        Slug = "Code",
        Name = "Naam",
        Employees = "Medewerkers",
        People = "In personeelsbestand",
        Accounts = "Platformaccounts",
        Messages = "Berichten",
        Questions = "Drie vragen",
        QuestionMaturity = "Hoe volwassen zijn onze interne sociale media, en hoe verhouden we ons tot anderen?",
        QuestionCommunities = "Wat gebeurt er nu in onze communities?",
        QuestionReality = "Klopt wat we zeggen? De vragenlijst naast wat de berichten meten.",
        Footer = "Pulse — onderzoek naar interne sociale media",
        NotFound = "Deze pagina bestaat niet.",
    };

    public static UiText English { get; } = new()
    {
        Language = UiLanguage.English,
        OtherLanguage = UiLanguage.Dutch,
        OtherLanguageName = "Nederlands",
        Tagline = "How mature is your internal social media, and what is going on in your communities?",
        NavOverview = "Overview",
        NavApi = "API",
        Organisations = "Organisations",
        OrganisationsIntro = "The organisations in this database, with what is known of each.",
        NoOrganisations = "No organisations yet. Add one with `pulse org add`, or build the demo with `pulse demo`.",
        Slug = "Code",
        Name = "Name",
        Employees = "Employees",
        People = "In HR directory",
        Accounts = "Platform accounts",
        Messages = "Messages",
        Questions = "Three questions",
        QuestionMaturity = "How mature is our internal social media, and how do we compare?",
        QuestionCommunities = "What is going on in our communities right now?",
        QuestionReality = "Is what we claim true? The questionnaire next to what the messages measure.",
        Footer = "Pulse — research into internal social media",
        NotFound = "This page does not exist.",
    };

    public static UiText For(string language) => language == UiLanguage.English ? English : Dutch;
}

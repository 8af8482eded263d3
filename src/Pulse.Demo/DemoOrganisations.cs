namespace Pulse.Demo;

/// <summary>
/// The demo's organisations: fictional, with Dutch names, across the sectors the yearly study
/// covers. Any likeness to a real organisation is accidental; the demo says so on every page it feeds.
/// </summary>
public static class DemoOrganisations
{
    /// <summary>The one organisation with a directory and a few months of messages.</summary>
    public static DemoOrganisation Showcase { get; } = new("gemeente-lindeloo", "Gemeente Lindeloo", 1240);

    public static IReadOnlyList<DemoOrganisation> All { get; } =
    [
        Showcase,
        new("gemeente-oosterwijde", "Gemeente Oosterwijde", 860),
        new("gemeente-heerenveld", "Gemeente Heerenveld", 2100),
        new("gemeente-zandhoven", "Gemeente Zandhoven", 540),
        new("gemeente-brakelmonde", "Gemeente Brakelmonde", 3900),
        new("provincie-zeeuwsland", "Provincie Zeeuwsland", 1150),
        new("waterschap-rijnvliet", "Waterschap Rijnvliet", 720),
        new("waterschap-de-veenpolders", "Waterschap De Veenpolders", 480),
        new("zorggroep-de-lindehof", "Zorggroep De Lindehof", 5300),
        new("ziekenhuis-amstelzicht", "Ziekenhuis Amstelzicht", 4100),
        new("ggz-de-horizon", "GGZ De Horizon", 1900),
        new("thuiszorg-noorderkwartier", "Thuiszorg Noorderkwartier", 2600),
        new("hogeschool-vechtdal", "Hogeschool Vechtdal", 3200),
        new("roc-de-kempenpoort", "ROC De Kempenpoort", 2300),
        new("universiteit-van-maasland", "Universiteit van Maasland", 6800),
        new("woonstichting-het-anker", "Woonstichting Het Anker", 310),
        new("wooncorporatie-stadsgenoten", "Wooncorporatie Stadsgenoten", 650),
        new("bank-van-de-lage-landen", "Bank van de Lage Landen", 12400),
        new("verzekeraar-de-zekerheid", "Verzekeraar De Zekerheid", 5600),
        new("pensioenfonds-zorg-en-welzijn", "Pensioenfonds Zorg en Welzijn", 980),
        new("rijksdienst-ondernemerszaken", "Rijksdienst voor Ondernemerszaken", 4300),
        new("agentschap-digitale-overheid", "Agentschap Digitale Overheid", 1700),
        new("energiebedrijf-windkracht", "Energiebedrijf Windkracht", 2900),
        new("netbeheerder-stroomnet", "Netbeheerder Stroomnet", 7200),
        new("vervoerder-spoorlijn-noord", "Vervoerder Spoorlijn Noord", 3500),
        new("havenbedrijf-scheldemond", "Havenbedrijf Scheldemond", 1300),
        new("bouwbedrijf-van-der-steen", "Bouwbedrijf Van der Steen", 1600),
        new("ingenieursbureau-deltaplan", "Ingenieursbureau Deltaplan", 2200),
        new("advocatenkantoor-de-waal", "Advocatenkantoor De Waal", 420),
        new("accountants-van-dijk-en-partners", "Accountants Van Dijk & Partners", 880),
        new("retailer-de-marktkraam", "Retailer De Marktkraam", 9800),
        new("zuivelcoop-groenweide", "Zuivelcoöperatie Groenweide", 3100),
        new("omroep-regio-oost", "Omroep Regio Oost", 450),
        new("museum-het-kunsthuis", "Museum Het Kunsthuis", 260),
        new("veiligheidsregio-midden-delta", "Veiligheidsregio Midden-Delta", 1400),
        new("softwarehuis-codekracht", "Softwarehuis Codekracht", 750),
        new("telecombedrijf-verbonden", "Telecombedrijf Verbonden", 5200),
        new("uitzendbureau-aan-de-slag", "Uitzendbureau Aan de Slag", 1100),
        new("stichting-jeugdzorg-samen", "Stichting Jeugdzorg Samen", 890),
        new("kinderopvang-de-speeltuin", "Kinderopvang De Speeltuin", 1250),
    ];
}

/// <summary>One demo organisation.</summary>
public sealed record DemoOrganisation(string Slug, string Name, int Employees)
{
    /// <summary>The study's sector, from the kind of organisation its name says it is.</summary>
    public string Sector => Slug.Split('-')[0] switch
    {
        "gemeente" or "provincie" or "waterschap" or "rijksdienst" or "agentschap" or "veiligheidsregio" => "overheid",
        "zorggroep" or "ziekenhuis" or "ggz" or "thuiszorg" or "stichting" or "kinderopvang" => "zorg en welzijn",
        "hogeschool" or "roc" or "universiteit" => "onderwijs",
        "woonstichting" or "wooncorporatie" => "wonen",
        "bank" or "verzekeraar" or "pensioenfonds" or "accountants" => "financiële dienstverlening",
        _ => "bedrijfsleven",
    };

    /// <summary>Whether it consents to be named in the top 10: about half of the demo does, as in a real study.</summary>
    public bool NamedConsent => Slug.Length % 2 == 0;
}

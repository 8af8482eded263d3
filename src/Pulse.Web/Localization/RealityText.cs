namespace Pulse.Web.Localization;

/// <summary>The texts of the reality check pages, in one language (the verdict sentences come from Pulse.Application).</summary>
public sealed record RealityText
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string PeriodNote { get; init; }
    public required string Claim { get; init; }
    public required string Claimed { get; init; }
    public required string Measured { get; init; }
    public required string Gap { get; init; }
    public required string Verdict { get; init; }
    public required string Of { get; init; }
    public required string Points { get; init; }
    public required string NoWave { get; init; }
    public required string OtherWaves { get; init; }
    public required string SummaryHeading { get; init; }
    public required string SummaryIntro { get; init; }
    public required string SummaryLine { get; init; }
    public required string NoneChecked { get; init; }
    public required string FarAbove { get; init; }
    public required string Above { get; init; }
    public required string Matches { get; init; }
    public required string Below { get; init; }
    public required string FarBelow { get; init; }
    public required string CannotSay { get; init; }
    public required string Checked { get; init; }
    public required string Thresholds { get; init; }

    public static readonly RealityText Dutch = new()
    {
        Heading = "Klopt wat we zeggen?",
        Intro = "Wat de vragenlijst van ronde {0} claimt, naast wat de berichten meten.",
        PeriodNote = "Berichten van {0} tot {1} (de 90 dagen tot de datum van de ronde; ‘nodig voor het werk’: de laatste 28 dagen daarvan) · {2} berichten · {3} respondent(en).",
        Claim = "Claim",
        Claimed = "Geclaimd",
        Measured = "Gemeten",
        Gap = "Verschil",
        Verdict = "Oordeel",
        Of = "van",
        Points = "pt",
        NoWave = "Deze organisatie heeft in geen enkele ronde van de vragenlijst geantwoord: er is niets te vergelijken.",
        OtherWaves = "Andere rondes",
        SummaryHeading = "Klopt wat organisaties zeggen?",
        SummaryIntro = "Over de organisaties van ronde {0} met berichten van {1} tot {2}: hoe vaak de claim boven de meting ligt.",
        SummaryLine = "{0} van de {1} organisaties hebben berichten in de periode; {2} van de {3} claims liggen boven wat de berichten laten zien ({4}).",
        NoneChecked = "Geen organisatie van deze ronde heeft berichten in de periode.",
        FarAbove = "Ver boven",
        Above = "Boven",
        Matches = "Klopt",
        Below = "Onder",
        FarBelow = "Ver onder",
        CannotSay = "Niet te zeggen",
        Checked = "Per organisatie",
        Thresholds = "Binnen 10 procentpunten klopt een claim; meer dan 10 punten hoger ligt hij boven de meting, en ver boven als hij ook meer dan het dubbele is (omgekeerd: onder, ver onder). De berichten zien alleen wie schrijft, niet wie leest.",
    };

    public static readonly RealityText English = new()
    {
        Heading = "Is what we claim true?",
        Intro = "What the questionnaire of wave {0} claims, next to what the messages measure.",
        PeriodNote = "Messages from {0} to {1} (the 90 days up to the wave's date; 'need it for their work': their last 28 days) · {2} messages · {3} respondent(s).",
        Claim = "Claim",
        Claimed = "Claimed",
        Measured = "Measured",
        Gap = "Gap",
        Verdict = "Verdict",
        Of = "of",
        Points = "pt",
        NoWave = "This organisation has answered no wave of the questionnaire: there is nothing to compare.",
        OtherWaves = "Other waves",
        SummaryHeading = "Is what organisations claim true?",
        SummaryIntro = "Over the organisations of wave {0} with messages from {1} to {2}: how often the claim is above the measurement.",
        SummaryLine = "{0} of the {1} organisations have messages in the period; {2} of the {3} claims are above what the messages show ({4}).",
        NoneChecked = "No organisation of this wave has messages in the period.",
        FarAbove = "Far above",
        Above = "Above",
        Matches = "Matches",
        Below = "Below",
        FarBelow = "Far below",
        CannotSay = "Cannot say",
        Checked = "Per organisation",
        Thresholds = "Within 10 percentage points a claim matches; more than 10 points higher it is above the measurement, and far above when it is also more than double (the other way: below, far below). The messages only see who writes, not who reads.",
    };
}

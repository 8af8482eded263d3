namespace Pulse.Web.Localization;

/// <summary>
/// The texts of the respondents' questionnaire and of the invitations on the wave page, in one
/// language (the questions themselves come from the model, in both languages).
/// </summary>
public sealed record SurveyText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string PlatformStep { get; init; }
    public required string PlatformStepIntro { get; init; }

    /// <summary>"Step {0} of {1}".</summary>
    public required string StepOf { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string ToReview { get; init; }
    public required string SavedNote { get; init; }
    public required string DontKnow { get; init; }
    public required string PercentSuffix { get; init; }
    public required string ProblemsHeading { get; init; }

    /// <summary>"'{0}' is not a percentage from 0 to 100 …"; {0} is what was typed.</summary>
    public required string InvalidPercent { get; init; }

    /// <summary>A refused choice (only a tampered form sends one); {0} is what was sent.</summary>
    public required string InvalidChoice { get; init; }
    public required string ReviewHeading { get; init; }
    public required string ReviewIntro { get; init; }
    public required string Change { get; init; }
    public required string NotAnswered { get; init; }
    public required string Submit { get; init; }
    public required string SubmitNote { get; init; }
    public required string NotYetHeading { get; init; }

    /// <summary>"At least {0} of the {1} questions about '{2}' (step {3})".</summary>
    public required string NeedsAnswers { get; init; }
    public required string NeedsCommunity { get; init; }
    public required string ThanksHeading { get; init; }

    /// <summary>"Your answers for {0} were submitted on {1}."</summary>
    public required string Thanks { get; init; }
    public required string AlreadySubmitted { get; init; }
    public required string UnknownLink { get; init; }
    public required string FormExpired { get; init; }

    public required string ResponsesHeading { get; init; }
    public required string ResponsesIntro { get; init; }
    public required string NoInvitations { get; init; }
    public required string Invited { get; init; }
    public required string Started { get; init; }
    public required string Submitted { get; init; }
    public required string Total { get; init; }
    public required string InviteHeading { get; init; }
    public required string InviteOrganisation { get; init; }
    public required string InviteCount { get; init; }
    public required string InviteButton { get; init; }
    public required string NoOrganisationsToInvite { get; init; }
    public required string LinksHeading { get; init; }

    /// <summary>"{0} new links for {1}: …"</summary>
    public required string LinksIntro { get; init; }
    public required string LinksOnce { get; init; }
    public required string BackToWave { get; init; }
    public required string InviteRefused { get; init; }

    public static readonly SurveyText Dutch = new()
    {
        Title = "Vragenlijst",
        Intro = "Vragenlijst van ronde {0} voor {1}. Uw antwoorden worden bij elke stap bewaard; met dezelfde link gaat u later verder.",
        PlatformStep = "Uw platform",
        PlatformStepIntro = "Eerst enkele feiten over het interne platform of de community van uw organisatie.",
        StepOf = "Stap {0} van {1}",
        Previous = "Vorige",
        Next = "Volgende",
        ToReview = "Naar het overzicht",
        SavedNote = "Vorige en Volgende bewaren uw antwoorden op deze pagina.",
        DontKnow = "Weet niet",
        PercentSuffix = "%",
        ProblemsHeading = "Niet alle antwoorden zijn bewaard",
        InvalidPercent = "‘{0}’ is geen percentage van 0 tot 100. Vul bijvoorbeeld 40 of 62,5 in, of laat het leeg als u het niet weet.",
        InvalidChoice = "‘{0}’ is geen van de antwoorden bij deze vraag. Kies een antwoord.",
        ReviewHeading = "Overzicht",
        ReviewIntro = "Controleer uw antwoorden. Na het versturen kunt u ze niet meer wijzigen.",
        Change = "Wijzigen",
        NotAnswered = "niet beantwoord",
        Submit = "Versturen",
        SubmitNote = "U kunt de vragenlijst één keer versturen.",
        NotYetHeading = "Nog niet te versturen",
        NeedsAnswers = "Beantwoord minstens {0} van de {1} vragen over ‘{2}’ (stap {3}).",
        NeedsCommunity = "Beantwoord de eerste vraag: heeft uw organisatie een intern platform of een community? (stap 1)",
        ThanksHeading = "Bedankt!",
        Thanks = "Uw antwoorden voor {0} zijn verstuurd op {1}. U kunt dit venster sluiten.",
        AlreadySubmitted = "Deze vragenlijst is al verstuurd; dat kan maar één keer.",
        UnknownLink = "Deze link kennen we niet. Gebruik de volledige link uit uw uitnodiging, of vraag de onderzoeker om een nieuwe.",
        FormExpired = "Dit formulier is verlopen of niet compleet verzonden. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
        ResponsesHeading = "Respons via de vragenlijst",
        ResponsesIntro = "Per organisatie: uitgenodigd, begonnen (minstens één pagina bewaard) en verstuurd.",
        NoInvitations = "Nog geen uitnodigingen voor deze ronde.",
        Invited = "Uitgenodigd",
        Started = "Begonnen",
        Submitted = "Verstuurd",
        Total = "Totaal",
        InviteHeading = "Respondenten uitnodigen",
        InviteOrganisation = "Organisatie",
        InviteCount = "Aantal links",
        InviteButton = "Links maken",
        NoOrganisationsToInvite = "Er zijn nog geen organisaties om uit te nodigen.",
        LinksHeading = "Nieuwe uitnodigingslinks",
        LinksIntro = "{0} nieuwe link(s) voor {1}, ronde {2}. Stuur elke respondent een eigen link.",
        LinksOnce = "Kopieer ze nu: Pulse bewaart alleen een vingerafdruk van elke link en kan ze niet nogmaals tonen.",
        BackToWave = "Terug naar de ronde",
        InviteRefused = "Geen uitnodigingen gemaakt",
    };

    public static readonly SurveyText English = new()
    {
        Title = "Questionnaire",
        Intro = "Questionnaire of wave {0} for {1}. Your answers are saved at every step; the same link lets you carry on later.",
        PlatformStep = "Your platform",
        PlatformStepIntro = "First a few facts about your organisation's internal platform or community.",
        StepOf = "Step {0} of {1}",
        Previous = "Previous",
        Next = "Next",
        ToReview = "To the review",
        SavedNote = "Previous and Next save your answers on this page.",
        DontKnow = "Don't know",
        PercentSuffix = "%",
        ProblemsHeading = "Not every answer was saved",
        InvalidPercent = "‘{0}’ is not a percentage from 0 to 100. Enter for example 40 or 62.5, or leave it empty if you do not know.",
        InvalidChoice = "‘{0}’ is not one of the answers to this question. Choose an answer.",
        ReviewHeading = "Review",
        ReviewIntro = "Check your answers. Once submitted, they cannot be changed.",
        Change = "Change",
        NotAnswered = "not answered",
        Submit = "Submit",
        SubmitNote = "The questionnaire can be submitted once.",
        NotYetHeading = "Not ready to submit",
        NeedsAnswers = "Answer at least {0} of the {1} questions about ‘{2}’ (step {3}).",
        NeedsCommunity = "Answer the first question: does your organisation have an internal platform or community? (step 1)",
        ThanksHeading = "Thank you!",
        Thanks = "Your answers for {0} were submitted on {1}. You can close this window.",
        AlreadySubmitted = "This questionnaire has already been submitted; that can be done only once.",
        UnknownLink = "We do not know this link. Use the whole link from your invitation, or ask the researcher for a new one.",
        FormExpired = "This form has expired or did not arrive complete. Go back, reload the page and try again.",
        ResponsesHeading = "Responses through the questionnaire",
        ResponsesIntro = "Per organisation: invited, started (at least one page saved) and submitted.",
        NoInvitations = "No invitations for this wave yet.",
        Invited = "Invited",
        Started = "Started",
        Submitted = "Submitted",
        Total = "Total",
        InviteHeading = "Invite respondents",
        InviteOrganisation = "Organisation",
        InviteCount = "Number of links",
        InviteButton = "Create links",
        NoOrganisationsToInvite = "There are no organisations to invite yet.",
        LinksHeading = "New invitation links",
        LinksIntro = "{0} new link(s) for {1}, wave {2}. Send each respondent a link of their own.",
        LinksOnce = "Copy them now: Pulse keeps only a fingerprint of each link and cannot show them again.",
        BackToWave = "Back to the wave",
        InviteRefused = "No invitations created",
    };
}

namespace Pulse.Web.Localization;

/// <summary>The texts of signing in and out and of choosing a password, in one language.</summary>
public sealed record AccessText
{
    public required string SignIn { get; init; }
    public required string SignInIntro { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignOut { get; init; }
    public required string SignedInAs { get; init; }
    public required string Failed { get; init; }
    public required string LockedOut { get; init; }
    public required string TooMany { get; init; }
    public required string ChoosePassword { get; init; }
    public required string ChoosePasswordIntro { get; init; }
    public required string MustChoose { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string RepeatPassword { get; init; }
    public required string Save { get; init; }
    public required string NotTheSame { get; init; }
    public required string Saved { get; init; }

    public static readonly AccessText Dutch = new()
    {
        SignIn = "Inloggen",
        SignInIntro = "Log in met het e-mailadres en wachtwoord dat je van de beheerder van Pulse hebt gekregen.",
        Email = "E-mailadres",
        Password = "Wachtwoord",
        SignOut = "Uitloggen",
        SignedInAs = "Ingelogd als",
        Failed = "Dat e-mailadres en wachtwoord horen niet bij elkaar.",
        LockedOut = "Te vaak een verkeerd wachtwoord: dit account is geblokkeerd tot {0} UTC.",
        TooMany = "Te veel pogingen vanaf dit adres; probeer het over een minuut opnieuw.",
        ChoosePassword = "Wachtwoord kiezen",
        ChoosePasswordIntro = "Kies een wachtwoord van minstens {0} tekens. Andere sessies met het oude wachtwoord worden beëindigd.",
        MustChoose = "Je bent ingelogd met een eenmalig wachtwoord: kies eerst een eigen wachtwoord.",
        CurrentPassword = "Huidig wachtwoord",
        NewPassword = "Nieuw wachtwoord",
        RepeatPassword = "Nieuw wachtwoord nogmaals",
        Save = "Opslaan",
        NotTheSame = "De twee nieuwe wachtwoorden zijn niet gelijk.",
        Saved = "Je wachtwoord is gewijzigd.",
    };

    public static readonly AccessText English = new()
    {
        SignIn = "Sign in",
        SignInIntro = "Sign in with the e-mail address and password you received from Pulse's administrator.",
        Email = "E-mail address",
        Password = "Password",
        SignOut = "Sign out",
        SignedInAs = "Signed in as",
        Failed = "That e-mail address and password do not go together.",
        LockedOut = "Too many wrong passwords: this account is locked until {0} UTC.",
        TooMany = "Too many attempts from this address; try again in a minute.",
        ChoosePassword = "Choose a password",
        ChoosePasswordIntro = "Choose a password of at least {0} characters. Other sessions with the old password end.",
        MustChoose = "You signed in with a one-time password: choose a password of your own first.",
        CurrentPassword = "Current password",
        NewPassword = "New password",
        RepeatPassword = "New password again",
        Save = "Save",
        NotTheSame = "The two new passwords are not the same.",
        Saved = "Your password has been changed.",
    };
}

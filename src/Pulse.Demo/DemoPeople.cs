namespace Pulse.Demo;

/// <summary>One (fictional) employee of the demo organisation, with their platform account if any.</summary>
public sealed record DemoPerson(
    long AccountId,
    string Name,
    string Email,
    string Department,
    string JobTitle,
    bool IsManager,
    bool InTargetGroup,
    bool OnPlatform,
    string Location,
    double Activity);

/// <summary>
/// The staff of the demo municipality: departments of realistic sizes (one below the anonymity
/// threshold on purpose), managers, a target group, who has a platform account and how active they are.
/// Names are drawn from common Dutch first and last names; any match with a real person is chance.
/// </summary>
public static class DemoPeople
{
    public const string Domain = "lindeloo.example";

    /// <summary>Departments with head count and how active they are on the platform (1 = average).</summary>
    public static IReadOnlyList<(string Name, int Size, double Activity)> Departments { get; } =
    [
        ("Burgerzaken", 95, 0.8),
        ("Ruimte en Omgeving", 160, 1.3),
        ("Sociaal Domein", 230, 1.1),
        ("Openbare Ruimte", 210, 0.35),
        ("Informatievoorziening en ICT", 85, 1.8),
        ("HR", 45, 1.2),
        ("Communicatie", 25, 2.2),
        ("Financiën", 60, 0.7),
        ("Bestuursondersteuning", 40, 1.0),
        ("Handhaving", 70, 0.5),
        ("Klantcontactcentrum", 95, 0.9),
        ("Vastgoed", 35, 0.6),
        ("Wonen", 80, 1.0),
        ("Directie", 6, 1.5),
        ("Griffie", 4, 0.8),
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Emma", "Sophie", "Julia", "Lotte", "Sanne", "Eva", "Lisa", "Fleur", "Anouk", "Iris", "Noor", "Marieke", "Femke", "Ingrid",
        "Petra", "Monique", "Esther", "Linda", "Karin", "Yasmina", "Fatima", "Nadia", "Priya", "Mei",
        "Daan", "Sem", "Lucas", "Bram", "Thijs", "Jeroen", "Ruud", "Pieter", "Jan", "Kees", "Mark", "Martijn", "Sander", "Bas", "Erik",
        "Joost", "Wouter", "Tom", "Rik", "Stefan", "Mohammed", "Youssef", "Ahmet", "Rajesh", "Kwame",
    ];

    private static readonly string[] LastNames =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
        "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
        "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
        "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "Peeters", "El Amrani", "Yilmaz", "Kaya", "Bouzid", "Ramdin",
    ];

    private static readonly string[] Locations = ["Stadskantoor", "Stadskantoor", "Stadskantoor", "Gemeentewerf", "Wijkkantoor Noord"];

    /// <summary>Everyone, in a fixed order; the same on every run.</summary>
    public static IReadOnlyList<DemoPerson> Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var people = new List<DemoPerson>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        long accountId = 1_500_000_000;
        foreach (var (department, size, activity) in Departments)
        {
            for (var i = 0; i < size; i++)
            {
                var first = FirstNames[random.Next(FirstNames.Length)];
                var last = LastNames[random.Next(LastNames.Length)];
                var email = Address(first, last, emails);
                // About one manager per twelve staff; a department's first person always leads it.
                var manager = i == 0 || random.NextDouble() < 1.0 / 12;
                // Temporary staff (about 5 %) are outside the platform's target group.
                var target = random.NextDouble() >= 0.05;
                var onPlatform = random.NextDouble() < (department == "Openbare Ruimte" ? 0.45 : 0.8);
                // Heavy-tailed activity: a few very active people, many occasional ones, many lurkers.
                var weight = activity * Math.Pow(random.NextDouble(), 4.5) * (manager ? 0.8 : 1.0);
                var location = department == "Openbare Ruimte" ? "Gemeentewerf" : Locations[random.Next(Locations.Length)];
                people.Add(new DemoPerson(accountId++, $"{first} {last}", email, department, JobTitle(department, manager), manager, target, onPlatform, location, weight));
            }
        }

        return people;
    }

    private static string Address(string first, string last, HashSet<string> taken)
    {
        var local = $"{first}.{last.Replace(" ", string.Empty, StringComparison.Ordinal)}".ToLowerInvariant();
        var email = $"{local}@{Domain}";
        for (var n = 2; !taken.Add(email); n++) email = $"{local}{n}@{Domain}";
        return email;
    }

    private static string JobTitle(string department, bool manager) => manager
        ? $"Teamleider {department}"
        : department switch
        {
            "Informatievoorziening en ICT" => "Adviseur informatievoorziening",
            "Sociaal Domein" => "Consulent sociaal domein",
            "Ruimte en Omgeving" => "Vergunningverlener",
            "Openbare Ruimte" => "Medewerker buitendienst",
            "Klantcontactcentrum" => "Klantcontactmedewerker",
            "Communicatie" => "Communicatieadviseur",
            _ => $"Medewerker {department}",
        };
}

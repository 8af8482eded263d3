namespace Pulse.Demo.Bench;

/// <summary>
/// Reproducible workplace sentences for the sentiment benchmark: Dutch and English, with the
/// constructions the rules handle (negation, boosters, contrast, emoji, questions), from a fixed seed.
/// `pulse bench sentiment --write FILE` writes them so other tools (the npm VADER port) score the same text.
/// </summary>
public static class BenchSentences
{
    private static readonly string[] Openers = ["De", "Het nieuwe", "Onze", "Die", "The", "Our new"];
    private static readonly string[] Subjects = ["printer", "rooster", "vergadering", "koffieautomaat", "intranet", "meeting", "laptop", "servicedesk", "kantine", "update"];
    private static readonly string[] Verbs = ["is", "was", "lijkt", "blijft", "seems", "was really"];
    private static readonly string[] Modifiers = ["", "heel ", "niet ", "een beetje ", "erg ", "best wel ", "not ", "very ", "super ", "niet meer "];
    private static readonly string[] Words = ["goed", "slecht", "kapot", "handig", "traag", "teleurstellend", "fijn", "great", "terrible", "klantvriendelijker", "okay", "vervelend"];
    private static readonly string[] Tails = ["", ".", "!", " 👍", " :(", ", maar de sfeer is top.", ", but it works.", "?", " bedankt voor het oplossen!", " 😡"];

    public static IEnumerable<string> Generate(int count, int seed = 20261129)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return $"{Pick(random, Openers)} {Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Modifiers)}{Pick(random, Words)}{Pick(random, Tails)}";
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}

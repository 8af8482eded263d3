namespace Pulse.Connectors.Text;

/// <summary>
/// Reads yes/no values as people and exports write them, in English and Dutch:
/// yes/no, y/n, true/false, 1/0, ja/nee, j. Case and surrounding spaces do not matter.
/// </summary>
internal static class YesNo
{
    public static bool TryParse(ReadOnlySpan<char> text, out bool value)
    {
        var s = text.Trim();
        if (Is(s, "yes") || Is(s, "y") || Is(s, "true") || Is(s, "1") || Is(s, "ja") || Is(s, "j"))
        {
            value = true;
            return true;
        }

        value = false;
        return Is(s, "no") || Is(s, "n") || Is(s, "false") || Is(s, "0") || Is(s, "nee");
    }

    private static bool Is(ReadOnlySpan<char> s, string word) => s.Equals(word, StringComparison.OrdinalIgnoreCase);
}

using Pulse.Search.Themes;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The one check of a typed theme or search query, for every use case that takes one.</summary>
internal static class ThemeQueries
{
    /// <summary>The query read; a query that cannot be read is wrong usage, the message naming the position.</summary>
    /// <param name="what">How the face calls the query in its message ("--query", "The query").</param>
    public static ThemeQuery Check(string query, string what)
    {
        try
        {
            return ThemeQuery.Parse(query);
        }
        catch (ThemeQueryException e)
        {
            throw new PulseUsageException($"{what}: {e.Message}");
        }
    }
}

using System.Globalization;
using Pulse.Search.Experts;

namespace Pulse.Application.Monitoring;

/// <summary>The parameter grid tried on the development sites (docs/quality.md, "Experts"); never run on the evaluation site.</summary>
public static class ExpertTuning
{
    public static IReadOnlyList<(string Name, ExpertModelParameters Parameters)> Grid()
    {
        var grid = new List<(string, ExpertModelParameters)> { ("default", ExpertModelParameters.Default) };
        foreach (var depth in new[] { 300, 1000 })
        foreach (var own in new[] { 0.1, 0.3 })
        foreach (var accepted in new[] { 1.0, 2.0 })
        foreach (var content in new[] { 0.5, 1.0 })
        foreach (var activity in new[] { 1.0, 2.0, 4.0 })
        foreach (var activityHalfLife in new[] { 3.0, 7.0, 14.0, 30.0 })
        {
            var p = ExpertModelParameters.Default with
            {
                Depth = depth, OwnThreadWeight = own, AcceptedWeight = accepted, HalfLifeDays = 90, ContentPower = content, ActivityWeight = activity, ActivityHalfLifeDays = activityHalfLife,
            };
            grid.Add((string.Create(CultureInfo.InvariantCulture, $"depth {depth}, own {own}, accepted {accepted}, content^{content}, activity {activity} ({activityHalfLife} d)"), p));
        }

        return grid;
    }
}

using System.Globalization;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// The anonymity rule of one breakdown: which groups may be shown on their own, so that no group
/// smaller than the threshold can be read off, directly or as a total minus the shown groups.
/// Every breakdown decides with this one type: the department table, the managers within its rows and
/// the department matrix.
/// </summary>
/// <remarks>
/// <para>The breakdown splits a whole (whose total may be published) into groups, plus
/// <see cref="Of"/>'s <c>ungrouped</c> members who belong to no group and are never shown on their
/// own. A group with fewer members than the threshold is hidden. The <see cref="Rest"/> — hidden groups
/// and ungrouped members together — is what the whole minus the shown groups reveals, so it must be 0
/// or at least the threshold: when it is in between, the smallest shown group is hidden too
/// (complementary suppression; ties go to the group that comes first). One such step is enough,
/// because a shown group holds at least the threshold. Only when no group is left to hide can the rest
/// stay below the threshold, and then nothing is shown and the rest is the whole itself.</para>
/// <para>So either nothing is shown, or every shown group and the rest each hold 0 or at least
/// <c>threshold</c> members — which is why the rest may then be shown as one merged "other" group: it
/// tells nothing that the whole minus the shown groups would not.</para>
/// <para>The decision looks at sizes only, never at what the members did, so reports of different
/// periods over the same sizes hide the same groups.</para>
/// </remarks>
internal sealed class Suppression
{
    /// <summary>The smallest anonymity threshold accepted: groups of 1 or 2 are never shown.</summary>
    public const int SmallestThreshold = 3;

    private readonly bool[] _shown;

    private Suppression(bool[] shown, int rest)
    {
        _shown = shown;
        Rest = rest;
    }

    /// <summary>Members of the hidden groups plus the ungrouped: 0, at least the threshold, or the whole when nothing is shown.</summary>
    public int Rest { get; }

    /// <summary>True when at least one group is shown on its own.</summary>
    public bool ShowsAny => Array.IndexOf(_shown, true) >= 0;

    /// <summary>Groups left hidden, complementary ones included.</summary>
    public int HiddenGroups => _shown.Count(shown => !shown);

    /// <summary>True when group <paramref name="group"/> (an index into the sizes decided on) may be shown on its own.</summary>
    public bool IsShown(int group) => _shown[group];

    /// <summary>Refuses a threshold that would let groups of one or two people be shown.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below <see cref="SmallestThreshold"/>.</exception>
    public static int CheckThreshold(int threshold, string parameterName) =>
        threshold >= SmallestThreshold
            ? threshold
            : throw new ArgumentOutOfRangeException(
                parameterName,
                threshold,
                string.Create(CultureInfo.InvariantCulture, $"The anonymity threshold must be at least {SmallestThreshold}."));

    /// <param name="sizes">Members per group, in the order that breaks ties (callers pass them sorted by name).</param>
    /// <param name="ungrouped">Members of the whole who are in no group.</param>
    /// <param name="threshold">The anonymity threshold, at least <see cref="SmallestThreshold"/>.</param>
    public static Suppression Of(IReadOnlyList<int> sizes, int ungrouped, int threshold)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentOutOfRangeException.ThrowIfNegative(ungrouped);
        CheckThreshold(threshold, nameof(threshold));

        var shown = new bool[sizes.Count];
        var rest = ungrouped;
        for (var group = 0; group < sizes.Count; group++)
        {
            shown[group] = sizes[group] >= threshold;
            rest += shown[group] ? 0 : sizes[group];
        }

        if (rest > 0 && rest < threshold)
        {
            var smallest = -1;
            for (var group = 0; group < sizes.Count; group++)
            {
                if (shown[group] && (smallest < 0 || sizes[group] < sizes[smallest]))
                {
                    smallest = group;
                }
            }

            if (smallest >= 0)
            {
                shown[smallest] = false;
                rest += sizes[smallest];
            }
        }

        return new Suppression(shown, rest);
    }
}

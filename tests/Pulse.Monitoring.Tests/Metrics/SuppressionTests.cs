using Pulse.Monitoring.Metrics;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>
/// The one anonymity rule every breakdown uses: small groups hidden, and the hidden ones together
/// (with the ungrouped) never a small group that the total minus the shown groups would reveal.
/// </summary>
public sealed class SuppressionTests
{
    private static bool[] Shown(Suppression suppression, int groups) =>
        [.. Enumerable.Range(0, groups).Select(suppression.IsShown)];

    [Fact]
    public void Groups_at_or_above_the_threshold_are_shown_when_nothing_is_hidden()
    {
        // 5, 7, 12 are all ≥ 5; nothing hidden, nobody ungrouped, so the rest is 0.
        var suppression = Suppression.Of([5, 7, 12], ungrouped: 0, threshold: 5);

        Shown(suppression, 3).ShouldBe([true, true, true]);
        suppression.Rest.ShouldBe(0);
        suppression.HiddenGroups.ShouldBe(0);
    }

    [Fact]
    public void A_lone_small_group_takes_the_next_smallest_group_with_it()
    {
        // 2 < 5 is hidden; the rest would be 2, which total − (10 + 12) reveals, so the smallest
        // shown group (10) is hidden too: rest 2 + 10 = 12 ≥ 5.
        var suppression = Suppression.Of([10, 2, 12], ungrouped: 0, threshold: 5);

        Shown(suppression, 3).ShouldBe([false, false, true]);
        suppression.Rest.ShouldBe(12);
        suppression.HiddenGroups.ShouldBe(2);
    }

    [Fact]
    public void Small_groups_that_together_reach_the_threshold_hide_nothing_else()
    {
        // 3 and 3 are each < 5 but 3 + 3 = 6 ≥ 5, so they can be merged and 10 stays.
        var suppression = Suppression.Of([3, 10, 3], ungrouped: 0, threshold: 5);

        Shown(suppression, 3).ShouldBe([false, true, false]);
        suppression.Rest.ShouldBe(6);
    }

    [Fact]
    public void The_ungrouped_count_towards_the_rest()
    {
        // Nothing is below 5, but 2 people are in no group: total − (10 + 12) = 2, so 10 is hidden: 2 + 10 = 12.
        var suppression = Suppression.Of([10, 12], ungrouped: 2, threshold: 5);

        Shown(suppression, 2).ShouldBe([false, true]);
        suppression.Rest.ShouldBe(12);

        // 1 hidden + 2 ungrouped = 3 < 5: still the smallest shown group goes, 3 + 10 = 13.
        Suppression.Of([1, 10, 12], ungrouped: 2, threshold: 5).Rest.ShouldBe(13);

        // 3 hidden + 2 ungrouped = 5 ≥ 5: that rest is safe, nothing more hidden.
        Shown(Suppression.Of([3, 10, 12], ungrouped: 2, threshold: 5), 3).ShouldBe([false, true, true]);
    }

    [Fact]
    public void Ties_for_the_smallest_shown_group_go_to_the_one_that_comes_first()
    {
        // Rest 1 < 5; 6 and 6 tie as the smallest shown: the first (index 1) is hidden, rest 1 + 6 = 7.
        var suppression = Suppression.Of([1, 6, 6, 9], ungrouped: 0, threshold: 5);

        Shown(suppression, 4).ShouldBe([false, false, true, true]);
        suppression.Rest.ShouldBe(7);
    }

    [Fact]
    public void When_no_group_is_left_to_hide_nothing_is_shown_and_the_rest_is_the_whole()
    {
        // 1 < 5 hidden, rest 1; the only shown group (6) goes too, rest 7; nothing shown.
        var lonely = Suppression.Of([1, 6], ungrouped: 0, threshold: 5);
        lonely.ShowsAny.ShouldBeFalse();
        lonely.Rest.ShouldBe(7);

        // 2 + 1 ungrouped = 3 < 5 and no group to add: the whole, 3, is the rest.
        var tiny = Suppression.Of([2], ungrouped: 1, threshold: 5);
        tiny.ShowsAny.ShouldBeFalse();
        tiny.Rest.ShouldBe(3);
    }

    [Fact]
    public void Empty_groups_are_hidden_without_adding_to_the_rest()
    {
        // 0 < 5 is not shown, but it hides nobody: rest 0, 5 stays.
        var suppression = Suppression.Of([0, 5], ungrouped: 0, threshold: 5);

        Shown(suppression, 2).ShouldBe([false, true]);
        suppression.Rest.ShouldBe(0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void A_threshold_below_3_is_refused(int threshold) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Suppression.Of([5], 0, threshold))
            .Message.ShouldStartWith("The anonymity threshold must be at least 3");

    [Fact]
    public void For_random_sizes_the_rest_is_none_or_at_least_the_threshold_unless_nothing_is_shown()
    {
        var random = new Random(20260);
        for (var round = 0; round < 5000; round++)
        {
            var threshold = random.Next(3, 9);
            var sizes = Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(0, 15)).ToArray();
            var ungrouped = random.Next(0, 4) == 0 ? random.Next(0, 6) : 0;

            var suppression = Suppression.Of(sizes, ungrouped, threshold);

            // The rest recomputed from the decision: what the total minus the shown groups reveals.
            var revealed = sizes.Sum() + ungrouped - sizes.Where((_, i) => suppression.IsShown(i)).Sum();
            suppression.Rest.ShouldBe(revealed);
            for (var i = 0; i < sizes.Length; i++)
            {
                if (suppression.IsShown(i))
                {
                    sizes[i].ShouldBeGreaterThanOrEqualTo(threshold);
                }
            }

            if (suppression.ShowsAny)
            {
                (revealed == 0 || revealed >= threshold).ShouldBeTrue($"sizes {string.Join(' ', sizes)}, ungrouped {ungrouped}, threshold {threshold}");
            }
            else
            {
                revealed.ShouldBe(sizes.Sum() + ungrouped);
            }

            // At most one group is hidden beyond the small ones: a shown group alone lifts the rest to the threshold.
            (suppression.HiddenGroups - sizes.Count(size => size < threshold)).ShouldBeInRange(0, 1);
        }
    }
}

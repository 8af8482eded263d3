using System.Globalization;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Lurkers, top 1 % / 10 % shares and the Gini coefficient.</summary>
public sealed class PyramidTests
{
    /// <summary>Target group ann..eve writing 0, 0, 1, 3 and 6 messages in March.</summary>
    private static Organisation ZeroZeroOneThreeSix()
    {
        var org = new Organisation().Person("ann").Person("bob").Person("cat").Person("dan").Person("eve");
        Write(org, "cat", 1);
        Write(org, "dan", 3);
        Write(org, "eve", 6);
        return org;
    }

    [Fact]
    public void Lurker_share_is_target_group_members_without_a_message_over_the_target_group()
    {
        ZeroZeroOneThreeSix().Compute().Pyramid.LurkerShare.ShouldBe(0.4);
    }

    [Fact]
    public void Gini_matches_the_hand_computed_value_for_zero_zero_one_three_six()
    {
        // Sorted x = 0,0,1,3,6; n = 5, Σx = 10; weights 2i−n−1 = −4,−2,0,2,4.
        // Σ = 0 + 0 + 0 + 6 + 24 = 30; G = 30 / (5 · 10) = 0.6.
        ZeroZeroOneThreeSix().Compute().Pyramid.Gini!.Value.ShouldBe(0.6, 1e-12);
    }

    [Fact]
    public void Gini_of_a_target_group_that_writes_equally_is_zero()
    {
        var org = new Organisation().Person("ann").Person("bob");
        Write(org, "ann", 2);
        Write(org, "bob", 2);

        org.Compute().Pyramid.Gini.ShouldBe(0.0);
    }

    [Fact]
    public void Gini_is_null_when_the_target_group_wrote_nothing_even_if_others_did()
    {
        var org = new Organisation().Person("ann").Account("outsider");
        Write(org, "outsider", 3);

        org.Compute().Pyramid.Gini.ShouldBeNull();
    }

    [Fact]
    public void Top_shares_take_at_least_one_contributor_and_divide_by_all_messages_including_unknown_authors()
    {
        var org = ZeroZeroOneThreeSix();
        org.Post(null, InMarch(20));

        var pyramid = org.Compute().Pyramid;

        // Three contributors: ⌈0.03⌉ = ⌈0.3⌉ = 1, the top one wrote 6 of 11 messages.
        pyramid.Top1PercentShare!.Value.ShouldBe(6.0 / 11, 1e-12);
        pyramid.Top10PercentShare!.Value.ShouldBe(6.0 / 11, 1e-12);
    }

    [Fact]
    public void Top_shares_count_contributors_outside_the_target_group()
    {
        var org = new Organisation().Person("ann").Account("outsider");
        Write(org, "ann", 1);
        Write(org, "outsider", 3);

        org.Compute().Pyramid.Top10PercentShare.ShouldBe(0.75);
    }

    [Fact]
    public void Top_10_percent_of_thirty_contributors_is_exactly_three_people_without_rounding_up_an_exact_multiple()
    {
        var org = new Organisation();
        int[] counts = [10, 9, 8, 7, .. Enumerable.Repeat(1, 26)];
        for (var i = 0; i < counts.Length; i++)
        {
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            org.Account(name);
            Write(org, name, counts[i]);
        }

        // Top 3 wrote 27 of 60 messages.
        org.Compute().Pyramid.Top10PercentShare!.Value.ShouldBe(0.45, 1e-12);
    }

    [Fact]
    public void Top_1_percent_of_a_hundred_and_one_contributors_is_two_people()
    {
        var org = new Organisation();
        for (var i = 0; i < 101; i++)
        {
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            org.Account(name);
            Write(org, name, i < 2 ? 50 : 1);
        }

        // ⌈1.01⌉ = 2 people with 50 each, of 100 + 99 = 199 messages.
        org.Compute().Pyramid.Top1PercentShare!.Value.ShouldBe(100.0 / 199, 1e-12);
    }

    [Fact]
    public void Top_shares_are_zero_when_every_message_has_an_unknown_author()
    {
        var org = new Organisation();
        org.Post("ghost", InMarch(1));
        org.Post(null, InMarch(2));

        var pyramid = org.Compute().Pyramid;

        pyramid.Top1PercentShare.ShouldBe(0.0);
        pyramid.Top10PercentShare.ShouldBe(0.0);
    }

    private static void Write(Organisation org, string author, int messages)
    {
        for (var i = 0; i < messages; i++)
        {
            org.Post(author, InMarch(1).AddMinutes(i));
        }
    }
}

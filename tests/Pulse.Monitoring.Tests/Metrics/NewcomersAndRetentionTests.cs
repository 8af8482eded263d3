using Pulse.Monitoring.Metrics;
using static Pulse.Monitoring.Tests.Metrics.Organisation;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>Newcomers (first message ever in the period) and retention (against the previous period).</summary>
public sealed class NewcomersAndRetentionTests
{
    [Fact]
    public void A_newcomer_is_someone_whose_first_message_ever_falls_in_the_period()
    {
        var org = new Organisation().Person("old").Person("new").Person("later");
        org.Post("old", At(2024, 11, 3));
        org.Post("old", InMarch(2));
        org.Post("new", InMarch(3));
        org.Post("new", InMarch(4));
        org.Post("later", At(2025, 4, 2));

        org.Compute().Newcomers.ShouldBe(1);
    }

    [Fact]
    public void Earlier_rows_that_are_not_messages_do_not_make_someone_an_old_hand()
    {
        var org = new Organisation().Person("ann");
        org.Post("ann", At(2025, 1, 5), deleted: true);
        org.Post("ann", At(2025, 1, 6), isPrivate: true);
        org.Post("ann", InMarch(3));

        org.Compute().Newcomers.ShouldBe(1);
    }

    [Fact]
    public void An_author_who_is_not_an_account_is_never_a_newcomer()
    {
        var org = new Organisation();
        org.Post("ghost", InMarch(3));

        org.Compute().Newcomers.ShouldBe(0);
    }

    [Fact]
    public void Retention_is_the_share_of_the_previous_periods_contributors_who_contribute_again()
    {
        var org = new Organisation().Person("ann").Person("bob").Person("cat").Person("dan");
        var february = new Period(At(2025, 2, 1), At(2025, 3, 1));
        var march = new Period(At(2025, 3, 1), At(2025, 3, 29));
        org.Post("ann", At(2025, 2, 2));
        org.Post("bob", At(2025, 2, 10));
        org.Post("cat", At(2025, 3, 1).AddTicks(-1));
        org.Post("ann", At(2025, 3, 3));
        org.Post("dan", At(2025, 3, 4));

        // March (28 days) looks back at February (28 days): ann, bob, cat; ann came back.
        org.Compute(march).Retention!.Value.ShouldBe(1.0 / 3, 1e-12);
        org.Compute(march).Newcomers.ShouldBe(1);
        org.Compute(february).Retention.ShouldBeNull();
        org.Compute(february).Newcomers.ShouldBe(3);
    }

    [Fact]
    public void Retention_looks_back_exactly_one_period_length()
    {
        var org = new Organisation().Person("ann").Person("bob");
        var week = new Period(At(2025, 3, 10), At(2025, 3, 17));
        org.Post("ann", At(2025, 3, 3));
        org.Post("bob", At(2025, 3, 3).AddTicks(-1));
        org.Post("ann", At(2025, 3, 11));
        org.Post("bob", At(2025, 3, 11));

        // Only ann wrote in [3 March, 10 March); she came back.
        org.Compute(week).Retention.ShouldBe(1.0);
    }
}

using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics;

public sealed class CommunitiesTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static Account Person(string id) => new(id, null, $"{id}@x.nl", null, null, null, AccountState.Active, false, null);

    private static Message Post(string id, string group, string author, DateTimeOffset at, string? parent = null) =>
        new(id, parent ?? id, parent, group, author, at, null, null, false, MessageKind.Post, "x", 0, false, []);

    [Fact]
    public void Each_community_counts_its_own_messages_contributors_target_share_answers_and_trend()
    {
        // Four target-group members (active accounts, no directory). In September:
        //   "hr": a thread by a, answered by b after 2 h; a second thread by a, unanswered → 3 messages, 2 threads,
        //         2 contributors (a, b) = 2/4 of the target group, 1 of 2 threads answered within 24 h, median 2 h.
        //   "ict": one thread by c → 1 message. In August (the previous 30 days) "ict" had 2 messages → trend 1/2 − 1 = −0.5.
        //   "oud": only a message in July, outside both periods → left out.
        var accounts = new[] { Person("a"), Person("b"), Person("c"), Person("d") };
        var messages = new[]
        {
            Post("1", "hr", "a", Start.AddDays(1)),
            Post("2", "hr", "b", Start.AddDays(1).AddHours(2), parent: "1"),
            Post("3", "hr", "a", Start.AddDays(3)),
            Post("4", "ict", "c", Start.AddDays(4)),
            Post("5", "ict", "c", Start.AddDays(-10)),
            Post("6", "ict", "d", Start.AddDays(-20)),
            Post("7", "oud", "d", Start.AddDays(-50)),
        };
        var groups = new[] { new Group("hr", "HR-vragen", null, false, null), new Group("ict", "ICT", null, false, null) };

        var communities = Communities.Compute(new ParticipationInput(messages, accounts, []), groups, new Period(Start, Start.AddDays(30)));

        communities.Select(c => c.Name).ShouldBe(["HR-vragen", "ICT"]);
        var hr = communities[0];
        (hr.Messages, hr.Threads, hr.Contributors).ShouldBe((3, 2, 2));
        hr.TargetGroupShare.ShouldBe(0.5);
        hr.ThreadsAnsweredWithin24h.ShouldBe(0.5);
        hr.MedianHoursToFirstReply.ShouldBe(2.0);
        hr.Trend.ShouldBeNull();
        var ict = communities[1];
        (ict.Messages, ict.PreviousMessages).ShouldBe((1, 2));
        ict.Trend.ShouldBe(-0.5);
    }
}

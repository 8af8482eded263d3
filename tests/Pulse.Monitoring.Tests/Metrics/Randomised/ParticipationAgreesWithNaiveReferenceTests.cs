using System.Collections.Concurrent;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics.Randomised;

/// <summary>
/// The production computation and the naive reference agree, field by field, on synthetic
/// organisations for several seeds, periods, thresholds, with and without a directory.
/// </summary>
public sealed class ParticipationAgreesWithNaiveReferenceTests
{
    private static readonly ConcurrentDictionary<(int Seed, bool WithDirectory), ParticipationInput> Organisations = new();

    private static readonly Dictionary<string, Period> Periods = new(StringComparer.Ordinal)
    {
        ["January, nothing before it"] = new(Day(1, 1), Day(2, 1)),
        ["February"] = new(Day(2, 1), Day(3, 1)),
        ["March, replies run out"] = new(Day(3, 1), Day(4, 1)),
        ["the whole quarter"] = new(Day(1, 1), Day(4, 1)),
        ["one week"] = new(Day(2, 10), Day(2, 17)),
        ["one day"] = new(Day(3, 12), Day(3, 13)),
        ["odd hours"] = new(Day(2, 10).AddHours(13).AddMinutes(37), Day(3, 3).AddHours(8)),
        ["April, after the data"] = new(Day(4, 1), Day(5, 1)),
    };

    /// <summary>Seed, directory or not, anonymity threshold.</summary>
    private static readonly (int Seed, bool WithDirectory, int Threshold)[] Organisation =
    [
        (1, true, 5), (2, true, 3), (3, false, 5), (4, true, 4), (5, false, 3), (6, true, 7),
    ];

    public static TheoryData<int, bool, int, string> Cases()
    {
        var cases = new TheoryData<int, bool, int, string>();
        foreach (var (seed, withDirectory, threshold) in Organisation)
        {
            foreach (var period in Periods.Keys)
            {
                cases.Add(seed, withDirectory, threshold, period);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Participation_agrees_with_the_naive_reference_field_by_field(
        int seed, bool withDirectory, int threshold, string period)
    {
        var input = Organisations.GetOrAdd((seed, withDirectory), key => SyntheticOrganisation.Generate(key.Seed, key.WithDirectory));

        var actual = Participation.Compute(input, Periods[period], threshold);
        var expected = NaiveParticipation.Compute(input, Periods[period], threshold);

        ShouldAgree(actual, expected);
    }

    [Fact]
    public void The_synthetic_organisation_holds_every_hazard_the_comparison_is_meant_to_cover()
    {
        var input = SyntheticOrganisation.Generate(seed: 1, withDirectory: true);
        var ids = input.Messages.Select(m => m.ExternalId).ToHashSet(StringComparer.Ordinal);
        var starterAt = input.Messages.Where(m => m.IsThreadStarter).ToDictionary(m => m.ExternalId, m => m.CreatedAt, StringComparer.Ordinal);
        var bots = input.Accounts.Where(a => a.IsBot).Select(a => a.ExternalId).ToHashSet(StringComparer.Ordinal);
        var accountIds = input.Accounts.Select(a => a.ExternalId).ToHashSet(StringComparer.Ordinal);
        var replies = input.Messages.Where(m => !m.IsThreadStarter).ToList();

        input.Messages.Count.ShouldBeGreaterThan(3000);
        input.Messages.ShouldContain(m => m.IsDeleted);
        input.Messages.ShouldContain(m => m.IsPrivate);
        input.Messages.ShouldContain(m => m.Kind == MessageKind.Bot);
        input.Messages.ShouldContain(m => m.Kind == MessageKind.System);
        input.Messages.ShouldContain(m => m.AuthorExternalId == null);
        input.Messages.ShouldContain(m => m.AuthorExternalId != null && !accountIds.Contains(m.AuthorExternalId));
        input.Messages.ShouldContain(m => m.AuthorExternalId != null && bots.Contains(m.AuthorExternalId));
        input.Messages.ShouldContain(m => m.CreatedAt.TimeOfDay == TimeSpan.Zero);
        replies.ShouldContain(m => m.ParentExternalId == null);
        replies.ShouldContain(m => m.ParentExternalId != null && !ids.Contains(m.ParentExternalId));
        replies.ShouldContain(m => m.ParentExternalId != null && m.ParentExternalId != m.ThreadExternalId && ids.Contains(m.ParentExternalId));
        replies.ShouldContain(m => !ids.Contains(m.ThreadExternalId));
        replies.ShouldContain(m => starterAt.ContainsKey(m.ThreadExternalId) && m.CreatedAt - starterAt[m.ThreadExternalId] == TimeSpan.FromHours(24));
        replies.ShouldContain(m => starterAt.ContainsKey(m.ThreadExternalId) && m.CreatedAt < starterAt[m.ThreadExternalId]);
        input.Accounts.ShouldContain(a => string.IsNullOrWhiteSpace(a.Email));
        input.Accounts.Where(a => a.Email != null).GroupBy(a => DirectoryEntry.NormaliseEmail(a.Email!)).ShouldContain(g => g.Count() > 1);

        // And the reference sees a rich organisation, not zeros: the comparison is not vacuous.
        var february = NaiveParticipation.Compute(input, Periods["February"], threshold: 5);
        february.Contributors.ShouldBeGreaterThan(50);
        february.UnansweredThreads.ShouldBeGreaterThan(0);
        february.MedianHoursToFirstReply.ShouldNotBeNull();
        february.Retention.ShouldNotBeNull();
        february.Newcomers.ShouldBeGreaterThan(0);
        february.Pyramid.Gini.ShouldNotBeNull();
        february.CrossDepartmentReplyShare!.Value.ShouldBeInRange(0.05, 0.95);
        february.Departments.Count.ShouldBeGreaterThan(3);
        february.HiddenDepartments.ShouldBeGreaterThan(0);
        february.OtherDepartments.ShouldNotBeNull();
        february.Departments.ShouldContain(d => d.Managers != null);
        february.Departments.ShouldContain(d => d.Managers == null);
        february.DepartmentMatrix.Count.ShouldBeGreaterThan(10);
        february.DepartmentMatrix.ShouldContain(f => f.FromDepartment == null);
    }

    private static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    private static void ShouldAgree(ParticipationReport actual, ParticipationReport expected)
    {
        actual.Messages.ShouldBe(expected.Messages, nameof(expected.Messages));
        actual.Threads.ShouldBe(expected.Threads, nameof(expected.Threads));
        actual.Replies.ShouldBe(expected.Replies, nameof(expected.Replies));
        actual.Contributors.ShouldBe(expected.Contributors, nameof(expected.Contributors));
        actual.TargetGroupSize.ShouldBe(expected.TargetGroupSize, nameof(expected.TargetGroupSize));
        actual.ActiveInTargetGroup.ShouldBe(expected.ActiveInTargetGroup, nameof(expected.ActiveInTargetGroup));
        Close(actual.ParticipationRate, expected.ParticipationRate, nameof(expected.ParticipationRate));
        actual.ManagersInTargetGroup.ShouldBe(expected.ManagersInTargetGroup, nameof(expected.ManagersInTargetGroup));
        actual.ActiveManagers.ShouldBe(expected.ActiveManagers, nameof(expected.ActiveManagers));
        Close(actual.ManagementParticipationRate, expected.ManagementParticipationRate, nameof(expected.ManagementParticipationRate));
        Close(actual.ThreadsAnsweredWithin24h, expected.ThreadsAnsweredWithin24h, nameof(expected.ThreadsAnsweredWithin24h));
        Close(actual.MedianHoursToFirstReply, expected.MedianHoursToFirstReply, nameof(expected.MedianHoursToFirstReply));
        actual.UnansweredThreads.ShouldBe(expected.UnansweredThreads, nameof(expected.UnansweredThreads));
        Close(actual.CrossDepartmentReplyShare, expected.CrossDepartmentReplyShare, nameof(expected.CrossDepartmentReplyShare));
        Close(actual.Pyramid.LurkerShare, expected.Pyramid.LurkerShare, nameof(Pyramid.LurkerShare));
        Close(actual.Pyramid.Top1PercentShare, expected.Pyramid.Top1PercentShare, nameof(Pyramid.Top1PercentShare));
        Close(actual.Pyramid.Top10PercentShare, expected.Pyramid.Top10PercentShare, nameof(Pyramid.Top10PercentShare));
        Close(actual.Pyramid.Gini, expected.Pyramid.Gini, nameof(Pyramid.Gini));
        actual.Newcomers.ShouldBe(expected.Newcomers, nameof(expected.Newcomers));
        Close(actual.Retention, expected.Retention, nameof(expected.Retention));
        actual.HiddenDepartments.ShouldBe(expected.HiddenDepartments, nameof(expected.HiddenDepartments));
        actual.OtherDepartments.ShouldBe(expected.OtherDepartments, nameof(expected.OtherDepartments));
        actual.Departments.Select(d => d.Department).ShouldBe(expected.Departments.Select(d => d.Department), nameof(expected.Departments));
        foreach (var (mine, theirs) in actual.Departments.Zip(expected.Departments))
        {
            // Rates are the same division of the same integers on both sides, so exact equality holds.
            mine.ShouldBe(theirs, $"{nameof(expected.Departments)}: {theirs.Department}");
        }

        actual.DepartmentMatrix.ShouldBe(expected.DepartmentMatrix, nameof(expected.DepartmentMatrix));
    }

    /// <summary>Nullable doubles agree when both are null or differ by at most rounding noise.</summary>
    private static void Close(double? actual, double? expected, string field)
    {
        if (expected is null)
        {
            actual.ShouldBeNull(field);
            return;
        }

        actual.ShouldNotBeNull(field);
        actual.Value.ShouldBe(expected.Value, 1e-9 * Math.Max(1, Math.Abs(expected.Value)), field);
    }
}

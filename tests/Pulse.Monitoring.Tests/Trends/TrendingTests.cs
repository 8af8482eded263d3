using Pulse.Monitoring.Trends;

namespace Pulse.Monitoring.Tests.Trends;

public sealed class TrendingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> StopWords = ["de", "het", "een", "en", "van", "over", "ook", "nog", "naar", "voor", "let", "op"];
    private static readonly HashSet<string> People = ["jansen"];

    /// <summary>
    /// Eight baseline weeks before the current one. Every baseline week: 2 messages about "de nieuwe
    /// werkplek" and 1 about "koffie". The current week (the 7 days before At): 7 about the nieuwe
    /// werkplek, 6 about the omgevingswet (never before), 2 about koffie, 5 tagged #verbouwing, and
    /// 6 that name Jansen.
    /// </summary>
    private static List<TrendText> Corpus()
    {
        var messages = new List<TrendText>();
        var n = 0;
        void Add(DateTimeOffset at, string body, params string[] topics) => messages.Add(new TrendText($"m{++n}", at, body, topics));
        for (var week = 1; week <= 8; week++)
        {
            var day = At.AddDays(-7 * week - 3);
            Add(day, "Hoe bevalt de nieuwe werkplek?");
            Add(day.AddHours(1), "De nieuwe werkplek is klaar");
            Add(day.AddHours(2), "Waar staat de koffie?");
        }

        for (var i = 0; i < 7; i++) Add(At.AddHours(-2).AddMinutes(-i), "Vragen over de nieuwe werkplek en de planning");
        for (var i = 0; i < 6; i++) Add(At.AddDays(-2).AddMinutes(-i), "Webinar Omgevingswet, ook voor Jansen");
        for (var i = 0; i < 2; i++) Add(At.AddDays(-3).AddMinutes(-i), "Koffie!");
        for (var i = 0; i < 5; i++) Add(At.AddDays(-4).AddMinutes(-i), "Let op", "Verbouwing");
        Add(At.AddMinutes(1), "Na het moment zelf telt niet mee: omgevingswet omgevingswet");
        return messages;
    }

    [Fact]
    public void Terms_far_above_their_own_baseline_trend_with_their_evidence()
    {
        var trends = Trending.Compute(Corpus(), At, StopWords, People);

        // "webinar omgevingswet": 6 now, 0 in every baseline week: mean 0, sd 0 (floored to 1) → z = 6;
        //   its words alone have the same count, so they are left to the phrase.
        // "nieuwe werkplek": 7 now, 2 in each baseline week: mean 2, sd 0 → z = 5; its words likewise.
        // "vragen", "planning": 7 now, never before → z = 7. #verbouwing: 5 now, 0 before → z = 5.
        // koffie: 2 now, below the minimum of 5. "jansen" is a person; "de", "voor", "ook" are stop words.
        trends.Select(t => (t.Term, t.Count, t.Baseline, t.Z)).ShouldBe(
        [
            ("planning", 7, 0.0, 7.0),
            ("vragen", 7, 0.0, 7.0),
            ("webinar omgevingswet", 6, 0.0, 6.0),
            ("nieuwe werkplek", 7, 2.0, 5.0), // equal z: the higher count first
            ("#verbouwing", 5, 0.0, 5.0),
        ]);
        trends.Single(t => t.Term == "webinar omgevingswet").Messages.Count.ShouldBe(6);
        trends.ShouldNotContain(t => t.Term.Contains("jansen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_window_compares_with_the_preceding_days()
    {
        var trends = Trending.Compute(Corpus(), At, StopWords, People, new TrendOptions { Window = TimeSpan.FromDays(1), BaselineWindows = 7 });

        // The last day (29 Nov) holds the 7 werkplek messages only: "nieuwe werkplek" 7 now; the 7 days
        // before it hold none of them (the baseline weeks lie further back) → mean 0 → z = 7.
        trends.Select(t => t.Term).ShouldContain("nieuwe werkplek");
        trends.ShouldNotContain(t => t.Term == "omgevingswet");
    }
}

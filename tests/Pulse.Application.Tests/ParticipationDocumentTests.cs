using System.Text.Json;
using System.Text.Json.Nodes;
using Pulse.Application.Monitoring;
using Pulse.Monitoring.Metrics;

namespace Pulse.Application.Tests;

/// <summary>
/// The participation document puts every field of the report at the top level, after what it covers
/// (issue 4 fixes that shape). Checked against the report's own serialisation, flattened here by
/// hand, so a field added to the report and forgotten in the document fails this test.
/// </summary>
public sealed class ParticipationDocumentTests
{
    private static ParticipationView View(bool weekly)
    {
        var department = new DepartmentParticipation("Burgerzaken", 6, 2, 2.0 / 6, 7, null, null);
        var report = new ParticipationReport(
            12, 5, 7, 4, 9, 3, 3.0 / 9, 2, 1, 0.5, 0.8, 3.25, 1, 0.25, new Pyramid(0.4, 0.3, 0.6, 0.52), 2, 0.75,
            [department], new DepartmentParticipation(DepartmentParticipation.Other, 5, 1, 0.2, 2, null, null), 1,
            [new DepartmentFlow("Burgerzaken", null, 3)]);
        var period = new Period(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 9, 8, 0, 0, 0, TimeSpan.FromHours(2)));
        return new ParticipationView("gemeente-lindeloo", "Gemeente Lindeloo", period, 5, report)
        {
            Weekly = weekly ? [new WeeklyParticipation(new DateOnly(2026, 8, 31), 12, 4, 3.0 / 9, 0.5, [department], null)] : null,
        };
    }

    private static JsonObject Flattened(ParticipationView view)
    {
        var expected = new JsonObject
        {
            ["organisation"] = "gemeente-lindeloo",
            ["from"] = "2026-09-01T00:00:00Z",
            // 8 September 00:00 at +02:00 is 7 September 22:00 UTC.
            ["to"] = "2026-09-07T22:00:00Z",
            ["anonymityThreshold"] = 5,
        };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(view.Report, PulseJson.Options)!.AsObject().ToList())
        {
            expected[name] = value?.DeepClone();
        }

        if (view.Weekly is { } weeks) expected["weekly"] = JsonSerializer.SerializeToNode(weeks, PulseJson.Options);
        return expected;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_field_of_the_report_is_at_the_top_level_and_weekly_only_when_asked(bool weekly)
    {
        var view = View(weekly);

        var document = JsonSerializer.SerializeToNode(ParticipationDocument.Of(view), PulseJson.Options)!.AsObject();

        JsonNode.DeepEquals(document, Flattened(view)).ShouldBeTrue(document.ToJsonString());
        document.ContainsKey("weekly").ShouldBe(weekly);
        document.Select(p => p.Key).Take(4).ShouldBe(["organisation", "from", "to", "anonymityThreshold"]);
    }
}

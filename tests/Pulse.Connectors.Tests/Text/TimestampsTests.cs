using System.Globalization;
using Pulse.Connectors.Text;

namespace Pulse.Connectors.Tests.Text;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("2017-03-01T09:15:00Z", "2017-03-01T09:15:00Z")]
    [InlineData("2017-03-01T09:15:00", "2017-03-01T09:15:00Z")]
    [InlineData("2017-03-01 09:15:00", "2017-03-01T09:15:00Z")]
    [InlineData("2017-03-01 09:15:00 UTC", "2017-03-01T09:15:00Z")]
    [InlineData("2017-03-01 09:15:00 utc", "2017-03-01T09:15:00Z")]
    [InlineData("2017/03/01 09:15:00 +0000", "2017-03-01T09:15:00Z")]
    [InlineData("2017/03/01 09:15:00 +0130", "2017-03-01T07:45:00Z")]
    [InlineData("2017-03-01T09:15:00+02:00", "2017-03-01T07:15:00Z")]
    [InlineData("2017-03-01T09:15:00-05", "2017-03-01T14:15:00Z")]
    [InlineData("2017-03-01T09:15:00.5Z", "2017-03-01T09:15:00.5Z")]
    [InlineData("2017-03-01T09:15:00.1234567891Z", "2017-03-01T09:15:00.1234567Z")]
    [InlineData("2017-03-01T09:15Z", "2017-03-01T09:15:00Z")]
    [InlineData("2017-03-01", "2017-03-01T00:00:00Z")]
    [InlineData("  2017-03-01T09:15:00Z  ", "2017-03-01T09:15:00Z")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z")]
    public void Every_documented_form_reads_as_utc(string text, string expected)
    {
        Timestamps.TryParse(text, out var value).ShouldBeTrue();

        value.ShouldBe(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
        value.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01/02/2020")]
    [InlineData("01/02/2020 10:00")]
    [InlineData("2017-13-01T00:00:00Z")]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2017-03-01T24:00:00Z")]
    [InlineData("2017-03-01T09:15:00 CET")]
    [InlineData("2017-03-01T09:15:00+15:00")]
    [InlineData("2017-03-01X09:15:00")]
    [InlineData("2017-03-01T09:15:00.Z")]
    [InlineData("1488359700")]
    [InlineData("2017-03/01")]
    public void Anything_else_is_refused_rather_than_guessed(string text)
    {
        Timestamps.TryParse(text, out _).ShouldBeFalse();
    }
}

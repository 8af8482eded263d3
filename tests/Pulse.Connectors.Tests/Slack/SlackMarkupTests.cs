using Pulse.Connectors.Slack;

namespace Pulse.Connectors.Tests.Slack;

public sealed class SlackMarkupTests
{
    private static string Plain(string text) => SlackMarkup.ToPlainText(
        text,
        id => id == "U1" ? "Anna de Vries" : null,
        id => id == "C1" ? "general" : null);

    [Theory]
    [InlineData("hoi <@U1>", "hoi Anna de Vries")]
    [InlineData("hoi <@U1|anna>", "hoi anna")]
    [InlineData("hoi <@U404>", "hoi U404")]
    [InlineData("zie <#C1> en <#C2|random>", "zie #general en #random")]
    [InlineData("<https://example.org|de site> en <https://example.org/x>", "de site en https://example.org/x")]
    [InlineData("<mailto:a@example.org|a@example.org>", "a@example.org")]
    [InlineData("<!here> <!channel> <!subteam^S1|@ontwikkelaars>", "@here @channel @ontwikkelaars")]
    [InlineData("a &amp;&amp; b &lt; c &gt; d", "a && b < c > d")]
    [InlineData("*vet* _schuin_ `code`", "*vet* _schuin_ `code`")]
    [InlineData("open < zonder sluiten", "open < zonder sluiten")]
    public void Mrkdwn_becomes_plain_text(string text, string expected)
    {
        Plain(text).ShouldBe(expected);
    }
}

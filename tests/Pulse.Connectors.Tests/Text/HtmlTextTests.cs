using Pulse.Connectors.Text;

namespace Pulse.Connectors.Tests.Text;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Hallo <strong>wereld</strong></p>", "Hallo wereld")]
    [InlineData("<p>a</p><p>b</p>", "a\nb")]
    [InlineData("regel 1<br>regel 2<br/>regel 3", "regel 1\nregel 2\nregel 3")]
    [InlineData("<p><at id=\"0\">Cordelia</at>&nbsp;<at id=\"1\">Lear's</at> kijk</p>", "Cordelia Lear's kijk")]
    [InlineData("<systemEventMessage/>", "")]
    [InlineData("Tom &amp; Jerry &lt;3 &quot;ja&quot; &#39;nee&#39; &eacute;&#x20AC;", "Tom & Jerry <3 \"ja\" 'nee' é€")]
    [InlineData("  veel    spaties\n\nen\tregels  ", "veel spaties en regels")]
    [InlineData("<pre><code>if (a &lt; b)\n    return;</code></pre>", "if (a < b)\n    return;")]
    [InlineData("<script>alert(1)</script>tekst<style>p{}</style>", "tekst")]
    [InlineData("<emoji id=\"idcard\" alt=\"🪪\" title=\"ID card\"></emoji>Othello", "🪪Othello")]
    [InlineData("Top<customemoji id=\"abc\" alt=\"partyparrot\" source=\"https://x/y\"></customemoji>!", "Toppartyparrot!")]
    [InlineData("<ul><li>melk</li><li>eieren</li></ul>", "melk\neieren")]
    [InlineData("3 < 4 en 5 > 2", "3 < 4 en 5 > 2")]
    [InlineData("<!-- weg -->zichtbaar", "zichtbaar")]
    [InlineData("<img src=\"x.png\" alt=\"enter image description here\">Foto", "Foto")]
    public void Html_becomes_the_text_a_reader_sees(string html, string expected)
    {
        HtmlText.ToPlainText(html).ShouldBe(expected);
    }

    [Fact]
    public void Nothing_gives_an_empty_string()
    {
        HtmlText.ToPlainText(null).ShouldBe(string.Empty);
    }
}

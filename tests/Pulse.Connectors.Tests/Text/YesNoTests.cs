using Pulse.Connectors.Text;

namespace Pulse.Connectors.Tests.Text;

public sealed class YesNoTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Ja", true)]
    [InlineData(" J ", true)]
    [InlineData("y", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("Nee", false)]
    [InlineData("n", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void English_and_dutch_words_read_as_yes_or_no(string text, bool expected)
    {
        YesNo.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("misschien")]
    [InlineData("2")]
    [InlineData("yes!")]
    public void Anything_else_is_not_a_yes_or_no(string text)
    {
        YesNo.TryParse(text, out _).ShouldBeFalse();
    }
}

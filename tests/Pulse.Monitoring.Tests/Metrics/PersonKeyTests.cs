using Pulse.Monitoring.Metrics;

namespace Pulse.Monitoring.Tests.Metrics;

/// <summary>The person-key rule: an account's e-mail address trimmed and in lower case, else the account.</summary>
public sealed class PersonKeyTests
{
    [Theory]
    [InlineData("yammer:1", "Anna@Lindeloo.NL", "anna@lindeloo.nl")]
    [InlineData("yammer:1", "  anna@lindeloo.nl\t", "anna@lindeloo.nl")]
    [InlineData("yammer:1", null, "yammer:1")]
    [InlineData("yammer:1", "", "yammer:1")]
    [InlineData("yammer:1", "   ", "yammer:1")]
    public void A_person_is_the_normalised_address_else_the_account(string account, string? email, string expected) =>
        PersonKey.Of(account, email).ShouldBe(expected);

    [Fact]
    public void Two_accounts_with_one_address_in_other_cases_are_one_person()
    {
        PersonKey.Of("yammer:1", "Piet@X.nl").ShouldBe(PersonKey.Of("slack:U9", "piet@x.NL "));
        PersonKey.EmailOf(" ").ShouldBeNull();
    }
}

using Pulse.Monitoring.Model;
using Pulse.Monitoring.Privacy;

namespace Pulse.Monitoring.Tests.Privacy;

public sealed class PseudonymiserTests
{
    private static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] KeyB = [.. Enumerable.Range(2, 32).Select(i => (byte)i)];

    [Fact]
    public void The_same_address_gets_the_same_pseudonym_whatever_its_case_or_spaces()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);

        pseudonymiser.Email(" Anna.deVries@Lindeloo.nl ").ShouldBe(pseudonymiser.Email("anna.devries@lindeloo.nl"));
    }

    [Fact]
    public void A_pseudonym_reveals_nothing_of_the_address_and_depends_on_the_key()
    {
        var a = new Pseudonymiser(KeyA).Email("anna.devries@lindeloo.nl");
        var b = new Pseudonymiser(KeyB).Email("anna.devries@lindeloo.nl");

        a.ShouldNotContain("anna");
        a.ShouldNotContain("lindeloo");
        a.ShouldEndWith("@pseudonym.invalid");
        a.ShouldNotBe(b);
    }

    [Fact]
    public void A_pseudonym_is_not_pseudonymised_again()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);
        var once = pseudonymiser.Email("jan@lindeloo.nl");

        pseudonymiser.Email(once).ShouldBe(once);
    }

    [Fact]
    public void Directory_entries_and_accounts_of_one_person_still_match()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);
        var entry = pseudonymiser.Apply(new DirectoryEntry("Jan@Lindeloo.nl", "Jan Jansen", "ICT", true, true, null, null));
        var account = pseudonymiser.Apply(new Account("42", "Jan Jansen", "jan@lindeloo.nl", "ICT", null, null, AccountState.Active, false, null));

        account.Email.ShouldBe(entry.Email);
        entry.Name.ShouldNotBe("Jan Jansen");
        account.Name!.ShouldStartWith("Persoon ");
        entry.Department.ShouldBe("ICT");
        entry.IsManager.ShouldBeTrue();
    }

    [Fact]
    public void An_account_without_address_loses_its_name()
    {
        var account = new Pseudonymiser(KeyA).Apply(new Account("U1", "Piet", null, null, null, null, AccountState.Active, false, null));

        account.Name.ShouldBeNull();
        account.ExternalId.ShouldBe("U1");
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Should.Throw<ArgumentException>(() => new Pseudonymiser(new byte[8]));
    }
}

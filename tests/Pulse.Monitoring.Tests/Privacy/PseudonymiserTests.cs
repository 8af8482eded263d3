using Pulse.Monitoring.Model;
using Pulse.Monitoring.Privacy;

namespace Pulse.Monitoring.Tests.Privacy;

public sealed class PseudonymiserTests
{
    private static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] KeyB = [.. Enumerable.Range(2, 32).Select(i => (byte)i)];

    // Expected pseudonyms come from a second implementation, Python's hmac module, over the
    // trimmed lower-case address with KeyA (bytes 1..32): the first 16 bytes of the digest in hex:
    //   hmac.new(bytes(range(1, 33)), b"anna.devries@lindeloo.nl", hashlib.sha256).hexdigest()[:32]
    private const string Anna = "p-9b78867da8ddfbdac08f41b6e0197ce4@pseudonym.invalid";
    private const string Jan = "p-92d7cd87d3d3661b3edf496deb333dd5@pseudonym.invalid";

    [Fact]
    public void The_same_address_gets_the_same_pseudonym_whatever_its_case_or_spaces()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);

        pseudonymiser.Email(" Anna.deVries@Lindeloo.nl ").ShouldBe(Anna);
        pseudonymiser.Email("anna.devries@lindeloo.nl").ShouldBe(Anna);
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

        once.ShouldBe(Jan);
        pseudonymiser.Email(once).ShouldBe(Jan);
    }

    [Fact]
    public void Directory_entries_and_accounts_of_one_person_still_match()
    {
        var pseudonymiser = new Pseudonymiser(KeyA);
        var entry = pseudonymiser.Apply(new DirectoryEntry("Jan@Lindeloo.nl", "Jan Jansen", "ICT", true, true, null, null));
        var account = pseudonymiser.Apply(new Account("42", "Jan Jansen", "jan@lindeloo.nl", "ICT", null, null, AccountState.Active, false, null));

        entry.Email.ShouldBe(Jan);
        account.Email.ShouldBe(Jan);
        entry.Name.ShouldBe("Persoon 92d7cd");
        account.Name.ShouldBe("Persoon 92d7cd");
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

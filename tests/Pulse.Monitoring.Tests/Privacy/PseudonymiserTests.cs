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
    public void An_account_without_address_gets_a_keyed_id_and_a_name_from_it()
    {
        // hmac.new(bytes(range(1, 33)), b"a:U1", hashlib.sha256).hexdigest()[:32]
        var account = new Pseudonymiser(KeyA).Apply(new Account("U1", "Piet", null, "ICT", "Adviseur", "Utrecht", AccountState.Active, false, null));

        account.ExternalId.ShouldBe("a-56c54f7a6ebf15e1bf93ab719dfab629");
        account.Name.ShouldBe("Persoon 56c54f");
        account.Department.ShouldBe("ICT");
        account.JobTitle.ShouldBeNull();
        account.Location.ShouldBeNull();
    }

    [Fact]
    public void Message_ids_and_author_ids_are_keyed_hashes_that_keep_threads_and_authors_together()
    {
        // hmac.new(bytes(range(1, 33)), b"m:root/alice/1", …) and b"a:alice"
        var pseudonymiser = new Pseudonymiser(KeyA);
        var reply = pseudonymiser.ApplyIds(new Message(
            "root/alice/1/r/bob/2", "root/alice/1", "root/alice/1", "town-square", "alice", DateTimeOffset.UnixEpoch, null, null, false, MessageKind.Post, "x", 0, false, []));

        reply.ThreadExternalId.ShouldBe("m-f1e0f231635463b2d83dcd3ef670af74");
        reply.ParentExternalId.ShouldBe("m-f1e0f231635463b2d83dcd3ef670af74");
        reply.AuthorExternalId.ShouldBe("a-8c2dcbc37c10d0ae96dda9d44a6864d7");
        reply.ExternalId.ShouldStartWith("m-");
        reply.ExternalId.ShouldNotContain("alice");
        reply.GroupExternalId.ShouldBe("town-square");
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Should.Throw<ArgumentException>(() => new Pseudonymiser(new byte[8]));
    }
}

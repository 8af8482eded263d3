using Pulse.Monitoring.Model;
using Pulse.Monitoring.Privacy;

namespace Pulse.Monitoring.Tests.Privacy;

public sealed class ImportPseudonymisationTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static Message Body(string text) =>
        new("1", "1", null, "g", "anna.devries", DateTimeOffset.UnixEpoch, null, null, false, MessageKind.Post, text, 0, false, []);

    private static ImportPseudonymisation WithAnnaAndBo()
    {
        var transform = new ImportPseudonymisation(new Pseudonymiser(Key));
        transform.Apply(new Account("anna.devries", "Anna de Vries", "anna.devries@lindeloo.nl", null, null, null, AccountState.Active, false, null));
        transform.Apply(new Account("bo", "Bo", null, null, null, null, AccountState.Active, false, null));
        return transform;
    }

    [Theory]
    [InlineData("Vraag het Anna de Vries.", "Anna de Vries")]
    [InlineData("vraag het anna de vries", "anna de vries")]
    [InlineData("ANNA DE VRIES zegt ja", "ANNA DE VRIES")]
    [InlineData("Anna de Vries' plan en Anna de Vries's idee", "Anna de Vries")]
    [InlineData("cc @anna.devries en @bo", "@anna.devries")]
    [InlineData("mail anna.devries@lindeloo.nl of Anna.DeVries@Lindeloo.NL", "lindeloo")]
    [InlineData("Annas idee, zie github.com/avries en de Vriezen", "vries")]
    public void No_name_username_or_address_of_a_known_person_survives_in_a_body(string text, string identity)
    {
        var body = WithAnnaAndBo().Apply(Body(text)).Body;

        body.ShouldNotContain(identity, Case.Insensitive);
        body.ShouldNotContain("anna", Case.Insensitive);
        body.ShouldNotContain("@bo ", Case.Insensitive);
    }

    [Fact]
    public void A_mention_becomes_the_persons_display_name_and_other_words_stay()
    {
        // The display name is "Persoon " + the first six hex digits of the address's pseudonym (see PseudonymiserTests).
        var body = WithAnnaAndBo().Apply(Body("Goed werk Anna de Vries, en de boekenkast ook")).Body;

        body.ShouldStartWith("Goed werk Persoon ");
        body.ShouldEndWith(", en de boekenkast ook");
    }

    [Fact]
    public void An_unrelated_email_address_in_a_body_is_pseudonymised_too()
    {
        var body = WithAnnaAndBo().Apply(Body("schrijf naar k.jansen@extern.example.org")).Body;

        body.ShouldNotContain("jansen");
        body.ShouldContain("@pseudonym.invalid");
    }
}

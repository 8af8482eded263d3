using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// The Slack signing secret is sealed at rest (ADR 0009): neither the database file nor the settings
/// column holds it, and the webhook still verifies with it; a secret an older Pulse stored in plain
/// text keeps working and is sealed when the server starts.
/// </summary>
public sealed class ConnectionSecretTests
{
    private const string Org = "gemeente-lindeloo";

    private const string Later = "gemeente-later";

    /// <summary>The settings column as an older Pulse wrote it, the secret in plain text.</summary>
    private const string PlainSettings = "{\"signingSecret\":\"" + SlackRequests.Secret + "\"}";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_signing_secret_is_in_neither_the_database_nor_its_file_and_still_verifies(string provider)
    {
        await using var app = await RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Org, "Gemeente Lindeloo", 1240));

        await app.Pulse.Connections.ConnectSlackAsync(Org, SlackRequests.Secret);

        var settings = await SettingsAsync(app, Org);
        settings.ShouldStartWith("{\"signingSecret\":\"sealed:v1:");
        settings.ShouldNotContain(SlackRequests.Secret);
        if (provider == "sqlite") DatabaseFileText(app).ShouldNotContain(SlackRequests.Secret);
        using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message("EvSEALED1", SlackRequests.Ts(1), "verzegeld")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var forged = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message("EvSEALED2", SlackRequests.Ts(2), "vals"), secret: "sealed:v1:"));
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        (await LiveDatabase.MessagesAsync(app.Database.Database, Org)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_plain_text_secret_from_before_verifies_and_is_sealed_when_the_server_starts(string provider)
    {
        // Written before the server starts, as a Pulse from before sealing left it.
        await using var app = await RunningApp.StartAsync(provider, async db =>
        {
            var organisation = await new OrganisationStore(db.Database).AddAsync(Org, "Gemeente Lindeloo", 1240);
            await new ConnectionStore(db.Database).SetAsync(organisation.Id, "slack", PlainSettings);
        });

        var settings = await SettingsAsync(app, Org);
        settings.ShouldStartWith("{\"signingSecret\":\"sealed:v1:");
        if (provider == "sqlite") DatabaseFileText(app).ShouldNotContain(SlackRequests.Secret);
        using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message("EvOLD1", SlackRequests.Ts(1), "oud")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_plain_text_secret_is_read_as_it_is_until_it_is_sealed(string provider)
    {
        await using var app = await RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Later, "Gemeente Later", 100));
        // Stored in plain text after the start's sealing ran: a row an older Pulse on the same database wrote meanwhile.
        var id = await LiveDatabase.OrganisationIdAsync(app.Database.Database, Later);
        await new ConnectionStore(app.Database.Database).SetAsync(id, "slack", PlainSettings);
        // A row written after it, so that the plain one is not the last in its page: freeing it leaves its bytes in the page unless they are overwritten.
        await app.Pulse.Connections.ConnectGraphAsync(Later, "graph-client-state");

        using var plain = await app.Anonymous.SendAsync(SlackRequests.Post(Later, SlackRequests.Message("EvPLAIN1", SlackRequests.Ts(1), "nog leesbaar")));
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Pulse.Connections.SlackSigningSecretAsync(Later)).ShouldBe(SlackRequests.Secret);

        (await app.Pulse.Connections.SealPlainSecretsAsync()).ShouldBe(1);
        (await app.Pulse.Connections.SealPlainSecretsAsync()).ShouldBe(0, "a sealed secret is not sealed again");

        (await SettingsAsync(app, Later)).ShouldNotContain(SlackRequests.Secret);
        if (provider == "sqlite") DatabaseFileText(app).ShouldNotContain(SlackRequests.Secret, customMessage: "secure_delete overwrote the old text");
        (await app.Pulse.Connections.SlackSigningSecretAsync(Later)).ShouldBe(SlackRequests.Secret);
    }

    /// <summary>The settings column as stored, read past the code under test.</summary>
    private static async Task<string> SettingsAsync(RunningApp app, string slug)
    {
        var id = await LiveDatabase.OrganisationIdAsync(app.Database.Database, slug);
        await using var db = app.Database.Database.CreateContext();
        return await db.Connections.Where(c => c.OrganisationId == id && c.Platform == "slack").Select(c => c.Settings).SingleAsync();
    }

    /// <summary>Every file SQLite wrote (the database and any journal), as raw bytes read as text.</summary>
    private static string DatabaseFileText(RunningApp app)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(app.Database.Options.DataDirectory, "*", SearchOption.AllDirectories);
        var text = Encoding.UTF8.GetString([.. files.SelectMany(File.ReadAllBytes)]);
        // The check reads the right files: the organisation's name is stored in plain text beside the secret.
        text.ShouldContain("Gemeente L");
        return text;
    }

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;
}

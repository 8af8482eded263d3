using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Pulse.Testing;
using Pulse.Web.Tests;

namespace Pulse.Cli.Tests;

/// <summary>`pulse connect graph` with a certificate: what it prints for the subscription, and that the private key is sealed.</summary>
public sealed class ConnectGraphCommandTests
{
    [Fact]
    public async Task A_pem_certificate_prints_the_subscription_fields_and_leaves_no_private_key_in_the_database_file()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Pulse CLI test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var keyPem = rsa.ExportPkcs8PrivateKeyPem();
        var pem = Path.Combine(test.Options.DataDirectory, "..", $"graph-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem() + "\n" + keyPem + "\n");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "graph", "--org", "lindeloo", "--client-state", "state-1", "--certificate", pem, "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("encryptionCertificateId").GetString().ShouldBe(certificate.Thumbprint, "without --certificate-id the thumbprint is the id");
        json.GetProperty("encryptionCertificate").GetString().ShouldBe(Convert.ToBase64String(certificate.RawData));
        json.GetProperty("fetchesBasicNotifications").GetBoolean().ShouldBeFalse();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = Encoding.UTF8.GetString([.. Directory.GetFiles(test.Options.DataDirectory, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes)]);
        text.ShouldContain(certificate.Thumbprint, customMessage: "the check reads the file that holds the connections");
        text.ShouldNotContain("PRIVATE KEY");
        text.ShouldNotContain(keyPem.Split('\n')[1]);
        File.Delete(pem);
    }

    [Fact]
    public async Task A_subscription_Graph_cannot_validate_fails_with_Graphs_reason_and_stores_nothing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await using var graph = await GraphStandIn.StartAsync();
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        // No `pulse serve` answers there, so Graph's validation of the notification URL fails, as it would for a wrong host.
        var unanswered = $"http://127.0.0.1:{FreePort()}/hooks/graph/lindeloo";

        var run = await CliRun.RunAsync([
            "connect", "graph", "--org", "lindeloo", "--client-state", "state-1",
            "--tenant", GraphStandIn.Tenant, "--client-id", GraphStandIn.ClientId, "--client-secret", GraphStandIn.ClientSecret,
            "--authority-url", graph.BaseUrl.ToString(), "--graph-url", graph.BaseUrl.ToString(),
            "--subscribe", "--resource", "teams/getAllMessages", "--notification-url", unanswered, .. test.CliArguments]);

        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain("InvalidRequest");
        run.Error.ShouldContain("Subscription validation request failed");
        run.Error.ShouldNotContain(GraphStandIn.ClientSecret);
        graph.SubscriptionRequests.ShouldHaveSingleItem().Status.ShouldBe(400);
        await using var db = test.Database.CreateContext();
        db.Connections.Count().ShouldBe(0);
    }

    [Theory]
    [InlineData("--resource", "users/u1/messages", "--resource")]
    [InlineData("--resource", "teams/t1/channels/../messages", "--resource")]
    [InlineData("--notification-url", "http://pulse.example.org/hooks/graph/lindeloo", "--notification-url")]
    [InlineData("--notification-url", "https://pulse.example.org/hooks/graph/another-org", "--notification-url")]
    public async Task A_subscription_of_the_wrong_shape_is_wrong_usage(string option, string value, string named)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        string[] subscription = option == "--resource"
            ? ["--resource", value, "--notification-url", "https://pulse.example.org/hooks/graph/lindeloo"]
            : ["--resource", "teams/getAllMessages", "--notification-url", value];

        var run = await CliRun.RunAsync([
            "connect", "graph", "--org", "lindeloo", "--client-state", "state-1",
            "--tenant", "contoso.onmicrosoft.com", "--client-id", "c", "--client-secret", "s", "--subscribe", .. subscription, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(named);
    }

    [Fact]
    public async Task Subscribing_without_app_credentials_is_wrong_usage()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync([
            "connect", "graph", "--org", "lindeloo", "--client-state", "state-1",
            "--subscribe", "--resource", "teams/getAllMessages", "--notification-url", "https://pulse.example.org/hooks/graph/lindeloo", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("--client-secret");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Theory]
    [InlineData("--tenant", "contoso.onmicrosoft.com")]
    [InlineData("--certificate-password", "p")]
    [InlineData("--graph-url", "https://graph.microsoft.us/")]
    [InlineData("--resource", "teams/getAllMessages")]
    public async Task An_option_without_its_companions_is_wrong_usage(string option, string value)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "graph", "--org", "lindeloo", "--client-state", "state-1", option, value, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(option);
    }
}

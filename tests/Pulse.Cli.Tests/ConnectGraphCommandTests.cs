using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Pulse.Testing;

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

    [Theory]
    [InlineData("--tenant", "contoso.onmicrosoft.com")]
    [InlineData("--certificate-password", "p")]
    [InlineData("--graph-url", "https://graph.microsoft.us/")]
    public async Task An_option_without_its_companions_is_wrong_usage(string option, string value)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "graph", "--org", "lindeloo", "--client-state", "state-1", option, value, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(option);
    }
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Application.Live;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// Encrypted rich notifications through the hook and the worker: a chatMessage encrypted here as Microsoft
/// documents it (with the test's own code, not Pulse's) is stored; one with an altered signature, or
/// encrypted for another certificate id, writes nothing and is counted as failed.
/// </summary>
public sealed class GraphEncryptedNotificationTests
{
    private const string Org = "waterschap-rijnvliet";
    private const string ClientState = "secretClientValue-8d3f";
    private const string CertificateId = "pulse-notifications-2026";
    private const string Channel = "19:channel@thread.tacv2";
    private const string Password = "pfx-password";

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_encrypted_message_is_stored_and_a_tampered_or_foreign_one_is_counted_and_writes_nothing(string provider)
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Pulse notifications test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(Path.GetTempPath(), $"graph-fetch-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, Password));
        try
        {
            await using var app = await RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Org, "Waterschap Rijnvliet", 720));
            var connection = await app.Pulse.Connections.ConnectGraphAsync(Org, new GraphConnectRequest(ClientState, pfx, Password, CertificateId));
            connection.EncryptionCertificate.ShouldBe(Convert.ToBase64String(certificate.RawData));
            File.Delete(pfx); // the server needs no file: the key is in the database, sealed

            var created = DateTimeOffset.UtcNow.AddMinutes(-3).ToString("O", CultureInfo.InvariantCulture);
            var good = Notification("1700000000201", Encrypt(certificate, ChatMessage("1700000000201", "Dijkinspectie morgen om negen uur", created), CertificateId));
            var tampered = Encrypt(certificate, ChatMessage("1700000000202", "vervalst", created), CertificateId);
            tampered["dataSignature"] = Convert.ToBase64String(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), Convert.FromBase64String((string)tampered["data"]!)));
            var foreign = Encrypt(certificate, ChatMessage("1700000000203", "ander certificaat", created), "someone-elses-certificate");

            using var response = await app.Anonymous.PostAsync($"/hooks/graph/{Org}", new StringContent(
                $$"""{"value":[{{good}},{{Notification("1700000000202", tampered)}},{{Notification("1700000000203", foreign)}}]}""", Encoding.UTF8, "application/json"));

            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            await LiveDatabase.DrainedAsync(app.Database.Database, Org);
            await using var db = app.Database.Database.CreateContext();
            var message = await db.Messages.AsNoTracking().SingleAsync();
            message.ExternalId.ShouldBe(Channel + ":1700000000201");
            message.Body.ShouldBe("Dijkinspectie morgen om negen uur");
            message.AuthorExternalId.ShouldBe("8ea0e38b-efb3-4757-924a-5f94061cf8c2");
            var errors = await db.InboundEvents.AsNoTracking().Where(e => e.Error != null).Select(e => e.Error!).ToListAsync();
            errors.Count.ShouldBe(2);
            errors.ShouldContain(e => e.Contains("dataSignature does not match", StringComparison.Ordinal));
            errors.ShouldContain(e => e.Contains("someone-elses-certificate", StringComparison.Ordinal));
            var metrics = await app.Anonymous.GetStringAsync("/metrics");
            metrics.ShouldContain("pulse_inbound_events_processed_total{platform=\"graph\"} 1\n");
            metrics.ShouldContain("pulse_inbound_events_failed_total{platform=\"graph\"} 2\n");

            // The private key is sealed at rest: not in the settings column, and (SQLite) not in the file.
            var settings = await db.Connections.AsNoTracking().Select(c => c.Settings).SingleAsync();
            settings.ShouldContain("\"certificateKey\":\"sealed:v1:");
            settings.ShouldNotContain("PRIVATE KEY");
            var keyText = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())[..40];
            settings.ShouldNotContain(keyText);
            if (provider == "sqlite")
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                var files = Encoding.UTF8.GetString([.. Directory.GetFiles(app.Database.Options.DataDirectory, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes)]);
                files.ShouldContain("Waterschap Rijnvliet"); // the right files: the organisation's name is stored in plain text
                files.ShouldNotContain(keyText);
            }
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    /// <summary>A chatMessage as Graph's decrypted resource data holds it; its channel comes from the notification's resource.</summary>
    private static JsonObject ChatMessage(string id, string text, string created) => new()
    {
        ["id"] = id,
        ["messageType"] = "message",
        ["createdDateTime"] = created,
        ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "8ea0e38b-efb3-4757-924a-5f94061cf8c2", ["displayName"] = "Anna de Vries" } },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<p>{text}</p>" },
    };

    /// <summary>
    /// encryptedContent as Microsoft documents it (changeNotificationEncryptedContent): a random AES key
    /// encrypts the JSON (CBC, PKCS#7, IV = the key's first 16 bytes), the signature is the HMAC-SHA256 of the
    /// encrypted bytes under that key, and the key is RSA-OAEP (SHA-1) encrypted for the certificate.
    /// </summary>
    private static JsonObject Encrypt(X509Certificate2 certificate, JsonObject chatMessage, string certificateId)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var aes = Aes.Create();
        aes.Key = key;
        var data = aes.EncryptCbc(Encoding.UTF8.GetBytes(chatMessage.ToJsonString()), key[..16], PaddingMode.PKCS7);
        using var publicKey = certificate.GetRSAPublicKey()!;
        return new JsonObject
        {
            ["data"] = Convert.ToBase64String(data),
            ["dataSignature"] = Convert.ToBase64String(HMACSHA256.HashData(key, data)),
            ["dataKey"] = Convert.ToBase64String(publicKey.Encrypt(key, RSAEncryptionPadding.OaepSHA1)),
            ["encryptionCertificateId"] = certificateId,
            ["encryptionCertificateThumbprint"] = certificate.Thumbprint,
        };
    }

    private static string Notification(string id, JsonObject encryptedContent) => new JsonObject
    {
        ["subscriptionId"] = "9f1a1d4e-0000-4000-8000-000000000002",
        ["changeType"] = "created",
        ["clientState"] = ClientState,
        ["subscriptionExpirationDateTime"] = "2026-12-01T00:00:00Z",
        ["resource"] = $"teams('t1')/channels('{Channel}')/messages('{id}')",
        ["resourceData"] = new JsonObject { ["id"] = id, ["@odata.type"] = "#Microsoft.Graph.chatMessage", ["@odata.id"] = $"teams('t1')/channels('{Channel}')/messages('{id}')" },
        ["encryptedContent"] = encryptedContent,
        ["tenantId"] = "84bd8158-6d4d-4958-8b9f-9d6445542f95",
    }.ToJsonString();
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// The certificate a Graph subscription encrypts its rich notifications for, as `pulse connect graph
/// --certificate` reads it: the RSA private key (kept, sealed, so that the server needs no file of its own),
/// the thumbprint, and the public certificate in the base64 form the subscription's
/// <c>encryptionCertificate</c> takes.
/// </summary>
internal sealed record GraphCertificate(string PrivateKeyPem, string Thumbprint, string PublicBase64)
{
    /// <summary>Reads a PKCS#12 (.pfx/.p12) file or a PEM file holding the certificate and its private key.</summary>
    /// <exception cref="PulseUsageException">No such file, not a certificate with an RSA private key, or a wrong password.</exception>
    public static GraphCertificate Load(string path, string? password)
    {
        if (!File.Exists(path)) throw new PulseUsageException($"--certificate: {path} does not exist.");
        var bytes = File.ReadAllBytes(path);
        X509Certificate2 certificate;
        try
        {
            var text = Encoding.UTF8.GetString(bytes);
            if (text.Contains("-----BEGIN ", StringComparison.Ordinal))
            {
                // One PEM file with both: the certificate and its (possibly encrypted) PKCS#8 key.
                certificate = string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPem(text, text) : X509Certificate2.CreateFromEncryptedPem(text, text, password);
            }
            else
            {
                certificate = X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.Exportable | X509KeyStorageFlags.EphemeralKeySet);
            }
        }
        catch (CryptographicException e)
        {
            var hint = string.IsNullOrEmpty(password) ? " (give --certificate-password if it has one)" : " (or the password is wrong)";
            throw new PulseUsageException($"--certificate: {path} is not a PFX or PEM certificate with its private key{hint}: {e.Message}");
        }

        using (certificate)
        {
            using var key = certificate.GetRSAPrivateKey()
                ?? throw new PulseUsageException($"--certificate: {path} holds no RSA private key; Graph encrypts the notifications' keys with RSA, so the certificate must be RSA and come with its private key.");
            return new GraphCertificate(key.ExportPkcs8PrivateKeyPem(), certificate.Thumbprint, Convert.ToBase64String(certificate.RawData));
        }
    }
}

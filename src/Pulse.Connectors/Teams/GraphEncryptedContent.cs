using System.Security.Cryptography;

namespace Pulse.Connectors.Teams;

/// <summary>
/// A rich notification's <c>encryptedContent</c> (Graph's changeNotificationEncryptedContent): the
/// resource encrypted for the certificate the subscription was created with.
/// </summary>
public sealed record GraphEncryptedContent(string? Data, string? DataKey, string? DataSignature, string? EncryptionCertificateId, string? EncryptionCertificateThumbprint)
{
    /// <summary>
    /// The resource's JSON, decrypted as Microsoft documents it ("Set up change notifications that include
    /// resource data", docs/live.md): <c>dataKey</c> is opened with the certificate's private key (RSA-OAEP
    /// with SHA-1); <c>dataSignature</c> must be the HMAC-SHA256 of the base64-decoded <c>data</c> under that
    /// key (compared in constant time) before anything is decrypted; <c>data</c> is AES-CBC with PKCS#7
    /// padding, the key as the key and its first 16 bytes as the IV.
    /// </summary>
    /// <param name="key">The private key of the certificate whose id and thumbprint the caller has checked.</param>
    /// <exception cref="GraphContentException">Something is missing, not base64, does not open with the key, or the signature does not match.</exception>
    public byte[] Decrypt(RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var data = Base64(Data, "data");
        var wrapped = Base64(DataKey, "dataKey");
        var signature = Base64(DataSignature, "dataSignature");
        byte[] symmetric;
        try
        {
            symmetric = key.Decrypt(wrapped, RSAEncryptionPadding.OaepSHA1);
        }
        catch (CryptographicException e)
        {
            throw new GraphContentException("the dataKey does not open with the connection's certificate: it was encrypted for another key", e);
        }

        try
        {
            if (symmetric.Length is not (16 or 24 or 32)) throw new GraphContentException($"the dataKey opens to {symmetric.Length} bytes, not an AES key");
            // Verified before decrypting: an altered data or key is refused without being used.
            if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(symmetric, data), signature))
            {
                throw new GraphContentException("the dataSignature does not match the data: altered, or not from Graph");
            }

            using var aes = Aes.Create();
            aes.Key = symmetric;
            try
            {
                return aes.DecryptCbc(data, symmetric.AsSpan(0, 16), PaddingMode.PKCS7);
            }
            catch (CryptographicException e)
            {
                throw new GraphContentException("the data does not decrypt with its dataKey", e);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(symmetric);
        }
    }

    private static byte[] Base64(string? value, string field)
    {
        if (string.IsNullOrEmpty(value)) throw new GraphContentException($"encryptedContent has no {field}");
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new GraphContentException($"encryptedContent.{field} is not base64", e);
        }
    }
}

/// <summary>An encrypted notification Pulse cannot or must not read (wrong certificate, failed signature, damaged fields).</summary>
public sealed class GraphContentException : Exception
{
    public GraphContentException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    public GraphContentException(string message)
        : base(message)
    {
    }

    public GraphContentException()
        : base("the encrypted content cannot be read")
    {
    }
}

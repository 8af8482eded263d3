using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Pulse.Application.Questionnaire;

/// <summary>
/// The secret in an invitation link: 256 random bits, base64url (43 characters, safe in a path).
/// Only its SHA-256 hash is stored; a token is a credential, so it is compared by hash and never logged.
/// </summary>
public static class InvitationToken
{
    private const int Bytes = 32;

    /// <summary>The length of every token Pulse issues.</summary>
    public static readonly int Length = Base64Url.GetEncodedLength(Bytes);

    /// <summary>A new random token.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Lower-case hex SHA-256 of the token's characters.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>True when <paramref name="token"/> has the shape of an issued token, so nothing else is looked up.</summary>
    public static bool HasShape(string? token) =>
        token is not null && token.Length == Length && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

namespace Pulse.Storage.Rows;

/// <summary>
/// A key of ASP.NET Core Data Protection (it signs and encrypts the sign-in cookie and the anti-forgery
/// tokens), kept in the database so that every web instance, and a restarted one, reads the same keys.
/// </summary>
public sealed class DataProtectionKeyRow
{
    public long Id { get; set; }

    public required string FriendlyName { get; set; }

    /// <summary>The key as Data Protection writes it.</summary>
    public required string Xml { get; set; }
}

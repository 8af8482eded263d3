using System.Text;

namespace Pulse.Connectors;

/// <summary>
/// What every connector is told besides the path: how to decode text, and what "now" is (imports
/// refuse timestamps after tomorrow, and tests need a fixed clock).
/// </summary>
/// <param name="Encoding">
/// The encoding of text files that start without a byte order mark, for exports written by old tools
/// (<see cref="ParseEncoding"/> turns <c>latin1</c> or <c>windows-1252</c> into one). Null, the
/// default, means strict UTF-8: a file that is not valid UTF-8 is refused naming the line. Files
/// with a UTF-8 or UTF-16 byte order mark are always read as their mark says.
/// </param>
/// <param name="Clock">The clock for the "not after tomorrow" check; null means <see cref="TimeProvider.System"/>.</param>
public sealed record ConnectorOptions(Encoding? Encoding = null, TimeProvider? Clock = null)
{
    /// <summary>Strict UTF-8, the system clock.</summary>
    public static ConnectorOptions Default { get; } = new();

    /// <summary>The clock to use, never null.</summary>
    public TimeProvider Time => Clock ?? TimeProvider.System;

    /// <summary>
    /// The encoding a user names: <c>utf-8</c> (null: strict UTF-8, the default), <c>latin1</c>
    /// (ISO-8859-1) or <c>windows-1252</c> (also <c>cp1252</c>), case-insensitively. Legacy encodings
    /// decode every byte, so they never produce U+FFFD; an unknown name throws <see cref="ArgumentException"/>.
    /// </summary>
    public static Encoding? ParseEncoding(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.Trim().ToUpperInvariant())
        {
            case "UTF-8" or "UTF8":
                return null;
            case "LATIN1" or "LATIN-1" or "ISO-8859-1":
                return Encoding.Latin1;
            case "WINDOWS-1252" or "CP1252":
                // Code pages other than Latin-1 live in the shared framework but must be registered.
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            default:
                throw new ArgumentException($"unknown encoding '{name}'; expected utf-8, latin1 or windows-1252", nameof(name));
        }
    }
}

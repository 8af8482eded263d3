namespace Pulse.Rendering;

/// <summary>The PDF cannot be made because Chromium is not installed; the message names the Debian package.</summary>
public sealed class ChromiumNotFoundException : InvalidOperationException
{
    public ChromiumNotFoundException()
        : base(PdfPrinter.MissingChromiumMessage)
    {
    }

    public ChromiumNotFoundException(string message)
        : base(message)
    {
    }

    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Pulse.Rendering.Tests.Support;

/// <summary>PDF tests need Debian's chromium: without it they skip locally and fail in CI, where .ci/run installs it.</summary>
internal static class Chromium
{
    public static void Require()
    {
        if (PdfPrinter.Locate(PdfPrinter.DebianLocation, Environment.GetEnvironmentVariable("PATH")) is not null)
        {
            return;
        }

        const string how = "install Debian's chromium (.ci/run does)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PDF tests must run in CI: {how}.");
        }

        Assert.Skip($"PDF tests skipped: {how}.");
    }
}

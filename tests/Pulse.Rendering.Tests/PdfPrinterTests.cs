namespace Pulse.Rendering.Tests;

public sealed class PdfPrinterTests
{
    [Fact]
    public void Without_Chromium_the_message_names_the_Debian_package()
    {
        PdfPrinter.Locate("/nonexistent/chromium", "/nonexistent:/also/not").ShouldBeNull();
        new ChromiumNotFoundException().Message.ShouldBe("PDF needs Chromium: apt-get install chromium");
    }

    [Fact]
    public void Chromium_is_found_on_the_path_when_it_is_not_where_Debian_puts_it()
    {
        var folder = Directory.CreateTempSubdirectory("pulse-path-").FullName;
        try
        {
            var fake = Path.Combine(folder, "chromium");
            File.WriteAllText(fake, string.Empty);

            PdfPrinter.Locate("/nonexistent/chromium", $"/nonexistent{Path.PathSeparator}{folder}").ShouldBe(fake);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

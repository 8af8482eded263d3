using System.Net;

namespace Pulse.Web.Tests;

public sealed class FaviconTests
{
    [Theory]
    [InlineData("/assets/favicon.svg")]
    [InlineData("/favicon.ico")]
    public async Task The_icon_is_an_svg_served_by_pulse_itself(string path)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        body.ShouldStartWith("<svg");
    }

    [Fact]
    public async Task Every_page_links_the_icon()
    {
        await using var app = await RunningApp.StartAsync();

        var home = await app.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var missing = await app.Client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        home.ShouldContain("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\"");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("href=\"/assets/favicon.svg\"");
    }
}

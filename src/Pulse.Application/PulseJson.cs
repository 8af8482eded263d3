using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulse.Application;

/// <summary>
/// How Pulse writes its documents as JSON, the same for `--json` on the command line and for the
/// API: camelCase names, enums as camelCase strings, moments as UTC ISO-8601 text. One place, so
/// that the CLI and the API cannot drift apart.
/// </summary>
public static class PulseJson
{
    /// <summary>The serialiser options of every document (not indented; the CLI indents a copy).</summary>
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies Pulse's settings to <paramref name="options"/> (e.g. ASP.NET Core's own) and returns them.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        // Names like "Zoë" and "€" stay readable; the output is data, not HTML.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    /// <summary>A moment as the documents write it: UTC, to the second, e.g. <c>2026-09-01T00:00:00Z</c>.</summary>
    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

using Pulse.Connectors.Archives;
using System.Text;

namespace Pulse.Connectors.Csv;

/// <summary>
/// Finds a CSV file's separator from its header line: the most frequent of <c>, ; tab |</c> outside
/// quotes. Dutch Excel writes <c>;</c> because the comma is the decimal sign there.
/// </summary>
internal static class CsvSeparator
{
    /// <summary>Reads the header line of the file at <paramref name="path"/>, decoded as <paramref name="encoding"/> says (see <see cref="ConnectorOptions.Encoding"/>).</summary>
    public static async Task<char> DetectAsync(string path, Encoding? encoding, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(InputFile.Open(path, encoding), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string? header;
        do
        {
            header = await reader.ReadLineAsync(cancellationToken);
        }
        while (header is not null && header.Trim().Length == 0);

        return Of(header ?? string.Empty);
    }

    public static char Of(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0, ['|'] = 0 };
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && counts.TryGetValue(c, out var n)) counts[c] = n + 1;
        }

        var best = counts.MaxBy(c => c.Value);
        return best.Value > 0 ? best.Key : ',';
    }
}

using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Pulse.Connectors.Archives;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Csv;

/// <summary>
/// Rows of a CSV file with a header, read with Sep (RFC-4180 quoting, newlines inside quotes,
/// UTF-8 with or without BOM, spaces outside quotes trimmed), columns looked up by header name. Every row must have as many
/// fields as the header; the one exception is the Yammer "shifted row" (see
/// <see cref="Open"/>). Blank lines are passed over.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly SepReader _reader;
    private readonly CountingStream _stream;
    private readonly string[] _header;
    private readonly Dictionary<string, int> _columns;
    private readonly int _shiftedRowIdColumn;
    private int _shift;

    private CsvRows(SepReader reader, CountingStream stream, string[] header, int headerLine, int shiftedRowIdColumn)
    {
        HeaderLine = headerLine;
        _reader = reader;
        _stream = stream;
        _header = header;
        _shiftedRowIdColumn = shiftedRowIdColumn;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++) _columns.TryAdd(header[i], i);
    }

    /// <summary>The file as errors name it.</summary>
    public string File => _stream.Label;

    public CountingStream Stream => _stream;

    public IReadOnlyList<string> Header => _header;

    /// <summary>The line of the header row (after any blank lines before it).</summary>
    public int HeaderLine { get; }

    /// <summary>The physical line (1-based) on which the current row starts.</summary>
    public int Line { get; private set; }

    /// <summary>True when the current row was shifted back by one column.</summary>
    public bool IsShifted => _shift != 0;

    /// <summary>
    /// Opens a CSV file and reads its header. With <paramref name="shiftedRowIdColumn"/>, a row with
    /// exactly one field more than the header, whose first field is empty and whose field right of
    /// that id column parses as an id, is read shifted back by one column (the Yammer export
    /// hazard); any other field count is an error.
    /// </summary>
    public static CsvRows Open(CountingStream stream, char separator, string? shiftedRowIdColumn = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = new QuoteTrackingReader(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), separator);
        SepReader reader;
        string[] header = [];
        var headerLine = 1;
        try
        {
            reader = Sep.New(separator)
                .Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.Outer, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(text);
            while (reader.MoveNext())
            {
                var row = reader.Current;
                if (row.ColCount == 1 && row.Span.IsEmpty) continue;
                // Sep 0.17.1 numbers the first row of a header-less read from line 2; it starts on line 1.
                headerLine = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
                header = new string[row.ColCount];
                for (var i = 0; i < header.Length; i++) header[i] = row[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
                break;
            }
        }
        catch (UnbalancedQuoteException e)
        {
            // Small files are read whole while the header is read: name the column from the tracker's copy of it.
            var names = header.Length > 0 ? header : text.HeaderNames();
            throw new ImportException(stream.Label, e.Line, e.Column < names.Count ? names[e.Column] : null, e.Message);
        }

        var idColumn = -1;
        if (shiftedRowIdColumn is not null) idColumn = Array.FindIndex(header, h => string.Equals(h, shiftedRowIdColumn, StringComparison.OrdinalIgnoreCase));
        return new CsvRows(reader, stream, header, headerLine, idColumn);
    }

    /// <summary>Index of a column by header name (case-insensitive), or -1 when there is none.</summary>
    public int IndexOf(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Index of a column the file must have; its absence is an error on the header line.</summary>
    public int Require(string name)
    {
        var index = IndexOf(name);
        if (index < 0) throw new ImportException(File, HeaderLine, name, $"the header has no '{name}' column");
        return index;
    }

    public bool MoveNext()
    {
        while (true)
        {
            try
            {
                if (!_reader.MoveNext()) return false;
            }
            catch (UnbalancedQuoteException e)
            {
                throw new ImportException(File, e.Line, e.Column < _header.Length ? _header[e.Column] : null, e.Message);
            }

            var row = _reader.Current;
            Line = row.LineNumberFrom;
            if (row.ColCount == 1 && row.Span.IsEmpty) continue;
            if (row.ColCount == _header.Length)
            {
                _shift = 0;
                return true;
            }

            if (_shiftedRowIdColumn >= 0 && row.ColCount == _header.Length + 1 && row[0].Span.IsEmpty && IsId(row[_shiftedRowIdColumn + 1].Span))
            {
                _shift = 1;
                return true;
            }

            throw new ImportException(File, Line, null, $"the row has {row.ColCount} fields where the header has {_header.Length}");
        }
    }

    /// <summary>The current row's value in a column (unquoted, unescaped); empty for column -1.</summary>
    public ReadOnlySpan<char> this[int column] => column < 0 ? default : _reader.Current[column + _shift].Span;

    /// <summary>Every field of the current row, in header order.</summary>
    public string[] Fields()
    {
        var fields = new string[_header.Length];
        for (var i = 0; i < fields.Length; i++) fields[i] = this[i].ToString();
        return fields;
    }

    /// <summary>The value as a string, or null when empty or the column is absent.</summary>
    public string? Text(int column)
    {
        var value = this[column];
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>An error about a column of the current row.</summary>
    public ImportException Error(int column, string problem) =>
        new(File, Line, column >= 0 && column < _header.Length ? _header[column] : null, problem);

    /// <summary>An error about a named field of the current row.</summary>
    public ImportException Error(string field, string problem) => new(File, Line, field, problem);

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    /// <summary>Yammer ids are 64-bit integers.</summary>
    public static bool IsId(ReadOnlySpan<char> value) =>
        long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 0;
}

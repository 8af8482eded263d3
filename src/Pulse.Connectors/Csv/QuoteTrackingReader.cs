using System.Buffers;
using System.Text;

namespace Pulse.Connectors.Csv;

/// <summary>
/// Passes text to the CSV parser while following its quotes the way the parser does (every quote
/// toggles; a doubled quote toggles twice). A quote left open makes an RFC-4180 parser read to the
/// end of the file as one field. This reader stops at the end of the file, or once one quoted field
/// grows beyond <see cref="MaxQuotedFieldLength"/>, instead of letting the parser buffer the rest
/// of a 400 MB file, and says where the damage starts: the quote that was open when the broken
/// row first ran over a line end. With one quote missing, every later quote pairs up wrongly and
/// the row runs on to the end, so that first multi-line field is where the quote went missing.
/// </summary>
internal sealed class QuoteTrackingReader(TextReader inner, char separator) : TextReader
{
    /// <summary>No message body comes near this; a field this long is a quote left open.</summary>
    public const int MaxQuotedFieldLength = 8 * 1024 * 1024;

    private static readonly SearchValues<char> InsideQuotes = SearchValues.Create("\"\n\r");

    private readonly SearchValues<char> _outsideQuotes = SearchValues.Create(['"', '\n', '\r', separator]);

    // The first non-blank row, kept so an error found before the parser has read the header can still name its column.
    private readonly StringBuilder _header = new();
    private bool _headerDone;

    private bool _inQuotes;
    private bool _pendingCarriageReturn;
    private long _line = 1;
    private int _column;
    private long _quoteLine;
    private int _quoteColumn;
    private long _quotedLength;
    private long? _suspectLine;
    private int _suspectColumn;

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Track(buffer[..n], atEnd: n == 0 && !buffer.IsEmpty);
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        Track(buffer.Span[..n], atEnd: n == 0 && !buffer.IsEmpty);
        return n;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <summary>The names in the header row as far as it was read, unquoted.</summary>
    public IReadOnlyList<string> HeaderNames()
    {
        var names = new List<string>();
        var header = _header.ToString().Trim('\uFEFF', '\r', '\n');
        var quoted = false;
        var from = 0;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"') quoted = !quoted;
            if (i < header.Length && (header[i] != separator || quoted)) continue;
            var name = header[from..i].Trim();
            if (name.Length >= 2 && name[0] == '"' && name[^1] == '"') name = name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
            names.Add(name);
            from = i + 1;
        }

        return names;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private UnbalancedQuoteException Unbalanced(string problem) =>
        new(_suspectLine ?? _quoteLine, _suspectLine is null ? _quoteColumn : _suspectColumn, problem);

    private void Track(ReadOnlySpan<char> chars, bool atEnd)
    {
        if (atEnd)
        {
            if (_inQuotes) throw Unbalanced("a quoted field opens here and is never closed: the file ends inside it");
            return;
        }

        var i = 0;
        var headerFrom = 0;
        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            if (chars[0] == '\n') i = headerFrom = 1; // the \n of a \r\n split over two reads; the line was counted at \r
        }

        while (i < chars.Length)
        {
            var rest = chars[i..];
            var k = rest.IndexOfAny(_inQuotes ? InsideQuotes : _outsideQuotes);
            if (k < 0)
            {
                if (_inQuotes) _quotedLength += rest.Length;
                break;
            }

            if (_inQuotes)
            {
                _quotedLength += k + 1;
                if (_quotedLength > MaxQuotedFieldLength)
                {
                    throw Unbalanced($"a quoted field opens here and runs on for more than {MaxQuotedFieldLength:N0} characters: a quote is left open");
                }
            }

            var c = rest[k];
            i += k + 1;
            if (c == '"')
            {
                _inQuotes = !_inQuotes;
                if (_inQuotes)
                {
                    _quoteLine = _line;
                    _quoteColumn = _column;
                    _quotedLength = 0;
                }

                continue;
            }

            if (c == separator)
            {
                _column++;
                continue;
            }

            // A line end: inside quotes it continues the row, outside it ends the row.
            if (_inQuotes)
            {
                if (_suspectLine is null)
                {
                    _suspectLine = _quoteLine;
                    _suspectColumn = _quoteColumn;
                }
            }
            else
            {
                _column = 0;
                _suspectLine = null;
                if (!_headerDone)
                {
                    _header.Append(chars[headerFrom..(i - 1)]);
                    headerFrom = i;
                    _headerDone = _header.ToString().Trim('\r', '\n', ' ', '\uFEFF').Length > 0;
                    if (!_headerDone) _header.Clear();
                }
            }

            _line++;
            if (c == '\r')
            {
                if (i < chars.Length)
                {
                    if (chars[i] == '\n') i++;
                }
                else
                {
                    _pendingCarriageReturn = true;
                }
            }
        }

        if (!_headerDone && headerFrom < chars.Length) _header.Append(chars[headerFrom..]);
    }
}

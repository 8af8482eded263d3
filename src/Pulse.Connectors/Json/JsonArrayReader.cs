using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Pulse.Connectors.Archives;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Json;

/// <summary>
/// Streams the elements of a JSON file one at a time, each with the line it starts on, so that a
/// large export file never sits in memory whole and an error can name its line. Reads a root
/// array (<c>[...]</c>), a Graph page (<c>{"value": [...], "@odata.nextLink": ...}</c>, the array
/// streamed) or a single object (yielded as the one element).
/// </summary>
internal sealed class JsonArrayReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly CountingStream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Start;

    // A root object is kept whole until it turns out to be a Graph page rather than one item.
    private bool _retainRoot;
    private int _rootStart;
    private long _rootLine;

    private int _countedTo;
    private long _linesBeforeCounted;

    private JsonArrayReader(CountingStream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    }

    private enum Phase
    {
        Start,
        RootObject,
        Array,
        Done,
    }

    private enum Step
    {
        Continue,
        NeedMore,
        Item,
        Done,
    }

    public static async IAsyncEnumerable<JsonItem> ReadAsync(CountingStream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new JsonArrayReader(stream);
        try
        {
            await reader.FillAsync(cancellationToken);
            if (reader._end - reader._start >= 3 && reader._buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                reader._start = reader._countedTo = 3;
            }

            while (true)
            {
                var step = reader.Advance(out var itemStart, out var itemEnd, out var itemLine);
                switch (step)
                {
                    case Step.Item:
                        yield return new JsonItem(itemLine, reader._buffer.AsMemory(itemStart, itemEnd - itemStart));
                        break;
                    case Step.NeedMore:
                        if (reader._final)
                        {
                            throw new ImportException(stream.Label, reader.LineAt(reader._end), null, "the file ends before its JSON is complete");
                        }

                        await reader.FillAsync(cancellationToken);
                        break;
                    case Step.Done:
                        yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(reader._buffer);
        }
    }

    /// <summary>Deserialises an element; errors name the element's file, line and property path.</summary>
    public static T Deserialize<T>(JsonItem item, string file, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(item.Utf8.Span, options)
                ?? throw new ImportException(file, item.Line, null, "expected an object, found null");
        }
        catch (JsonException e)
        {
            throw new ImportException(file, item.Line + (e.LineNumber ?? 0), PathOf(e), Describe(e), e);
        }
    }

    /// <summary>The property path of a JSON error, without the root <c>$.</c>.</summary>
    public static string? PathOf(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Path is null or "$") return null;
        return e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
    }

    /// <summary>The first sentence of a JSON error, without the path and position that the ImportException already states.</summary>
    public static string Describe(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }

    private Step Advance(out int itemStart, out int itemEnd, out long itemLine)
    {
        itemStart = itemEnd = 0;
        itemLine = 0;
        while (true)
        {
            var step = Scan(out itemStart, out itemEnd);
            if (step == Step.Continue) continue;
            if (step == Step.Item) itemLine = _phase == Phase.Done && itemStart == _rootStart && _rootLine > 0 ? _rootLine : LineAt(itemStart);
            return step;
        }
    }

    private Step Scan(out int itemStart, out int itemEnd)
    {
        itemStart = itemEnd = 0;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            switch (_phase)
            {
                case Phase.Start:
                    if (!reader.Read()) return Step.NeedMore;
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _phase = Phase.Array;
                    }
                    else if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        _phase = Phase.RootObject;
                        _retainRoot = true;
                        _rootStart = _start + (int)reader.TokenStartIndex;
                        _rootLine = LineAt(_rootStart);
                    }
                    else
                    {
                        throw new ImportException(_stream.Label, LineAt(_start), null, "expected a JSON array or object");
                    }

                    Commit(ref reader);
                    return Step.Continue;

                case Phase.RootObject:
                    if (!reader.Read()) return Step.NeedMore;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        // No "value" array: the object itself is the one item.
                        itemStart = _rootStart;
                        itemEnd = _start + (int)reader.BytesConsumed;
                        _retainRoot = false;
                        _phase = Phase.Done;
                        Commit(ref reader);
                        return Step.Item;
                    }

                    var isValue = reader.ValueTextEquals("value"u8) || reader.ValueTextEquals("Value"u8);
                    if (!reader.Read()) return Step.NeedMore;
                    if (isValue && reader.TokenType == JsonTokenType.StartArray)
                    {
                        _retainRoot = false;
                        _rootLine = 0;
                        _phase = Phase.Array;
                    }
                    else if (!reader.TrySkip())
                    {
                        return Step.NeedMore;
                    }

                    Commit(ref reader);
                    return Step.Continue;

                case Phase.Array:
                    if (!reader.Read()) return Step.NeedMore;
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _phase = Phase.Done;
                        Commit(ref reader);
                        return Step.Done;
                    }

                    itemStart = _start + (int)reader.TokenStartIndex;
                    if (!reader.TrySkip()) return Step.NeedMore;
                    itemEnd = _start + (int)reader.BytesConsumed;
                    Commit(ref reader);
                    return Step.Item;

                default:
                    return Step.Done;
            }
        }
        catch (JsonException e)
        {
            // The reader state carries the line count across buffers, so the line is the file's own.
            throw new ImportException(_stream.Label, (e.LineNumber ?? 0) + 1, null, Describe(e), e);
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        _start += (int)reader.BytesConsumed;
    }

    /// <summary>The 1-based line of a buffer position; positions are asked for in increasing order.</summary>
    private long LineAt(int position)
    {
        if (position > _countedTo)
        {
            _linesBeforeCounted += _buffer.AsSpan(_countedTo, position - _countedTo).Count((byte)'\n');
            _countedTo = position;
        }

        return _linesBeforeCounted + 1;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var keepFrom = _retainRoot ? Math.Min(_rootStart, _start) : _start;
        if (keepFrom > 0)
        {
            LineAt(keepFrom);
            _buffer.AsSpan(keepFrom, _end - keepFrom).CopyTo(_buffer);
            _end -= keepFrom;
            _start -= keepFrom;
            _rootStart -= keepFrom;
            _countedTo -= keepFrom;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0) _final = true;
        _end += read;
    }
}

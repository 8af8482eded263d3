namespace Pulse.Connectors.Json;

/// <summary>One element of a JSON array, as UTF-8 bytes, with the line it starts on.</summary>
/// <param name="Line">1-based physical line of the element's first character in the file.</param>
/// <param name="Utf8">The element's bytes; valid only until the reader moves on.</param>
internal readonly record struct JsonItem(long Line, ReadOnlyMemory<byte> Utf8);

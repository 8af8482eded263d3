namespace Pulse.Search.Analysis;

/// <summary>The names of the fields of a message document. Changing one changes the index format:
/// bump <see cref="Indexing.IndexMarker.CurrentFormat"/>.</summary>
internal static class SearchFields
{
    /// <summary>The message's qualified id; the key of add, update and delete.</summary>
    public const string Id = "id";
    /// <summary>Whole words, lower-cased and accent-folded, not stemmed: what themes match.</summary>
    public const string Words = "words";
    /// <summary>Dutch stems, stop words removed: what free-text search matches.</summary>
    public const string Dutch = "nl";
    /// <summary>English stems, stop words removed: what free-text search matches.</summary>
    public const string English = "en";
    /// <summary>The body as written, stored only, for snippets.</summary>
    public const string Body = "body";
    /// <summary>Creation time in UTC ticks: indexed for ranges, doc values for reading.</summary>
    public const string Created = "created";
    public const string Author = "author";
    public const string Group = "group";
    public const string Language = "lang";
}

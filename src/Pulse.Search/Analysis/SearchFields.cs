namespace Pulse.Search.Analysis;

/// <summary>The names of the fields of a message document. Changing one changes the index format:
/// bump <see cref="Indexing.IndexMarker.CurrentFormat"/>.</summary>
internal static class SearchFields
{
    /// <summary>The message's qualified id; the key of add, update and delete (also as doc values).</summary>
    public const string Id = "id";
    /// <summary>Whole words, lower-cased and accent-folded, not stemmed: what themes match.</summary>
    public const string Words = "words";
    /// <summary>Dutch stems, stop words removed: what free-text search matches.</summary>
    public const string Dutch = "nl";
    /// <summary>English stems, stop words removed: what free-text search matches.</summary>
    public const string English = "en";
    /// <summary>The body as written, stored only, for snippets.</summary>
    public const string Body = "body";
    /// <summary>Creation time in UTC ticks: doc values (theme periods and weeks) and stored (search hits).</summary>
    public const string Created = "created";
    /// <summary>The author's qualified id: sorted doc values (theme contributors) and stored (search hits).</summary>
    public const string Author = "author";
    /// <summary>The group's qualified id, stored only (search hits).</summary>
    public const string Group = "group";
    /// <summary>"nl", "en" or "" (unknown), stored only (snippets).</summary>
    public const string Language = "lang";
    /// <summary>The sentiment score as the bits of a double, doc values only (theme sentiment).</summary>
    public const string Sentiment = "sentiment";
    /// <summary>The thread's qualified id: sorted doc values (experts: leave a thread out, answers in others' threads).</summary>
    public const string Thread = "thread";
    /// <summary>The qualified author of the thread's starter, where known: sorted doc values (experts).</summary>
    public const string StarterAuthor = "starter";
    /// <summary>The author's qualified id as an indexed term (postings only): expert finding reads one person's
    /// answers through it (their recent activity) without a pass over the index.</summary>
    public const string AuthorTerm = "by";
    /// <summary>Likes as the platform counts them: doc values (experts).</summary>
    public const string Likes = "likes";
    /// <summary><see cref="Indexing.MessageTraits"/> as a number: doc values (experts).</summary>
    public const string Flags = "flags";
}

namespace Pulse.Search.Indexing;

/// <summary>One message found by <see cref="MessageIndex.Search"/>.</summary>
/// <param name="MessageId">The qualified id the message was indexed under.</param>
/// <param name="Score">Lucene's relevance score; higher is better, comparable only within one search.</param>
/// <param name="Snippet">HTML: the best passages of the body, HTML-encoded, matched words in
/// <c>&lt;mark&gt;…&lt;/mark&gt;</c>; separated by " … ".</param>
public sealed record SearchHit(
    string MessageId,
    float Score,
    DateTimeOffset CreatedAt,
    string? AuthorExternalId,
    string? GroupExternalId,
    string Snippet);

using Pulse.Monitoring.Model;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Search.Indexing;
using Pulse.Storage;
using MonitoringLanguage = Pulse.Monitoring.Text.TextLanguage;
using SearchLanguage = Pulse.Search.Analysis.TextLanguage;

namespace Pulse.Application.Monitoring;

/// <summary>
/// Turns messages into what the search index keeps, the same way whether they come from an import
/// (as they are read) or from the database (a rebuild): source-qualified ids, the detected language
/// (one stemmed field) and the sentiment score the import stores, so both paths give the same index.
/// </summary>
internal static class IndexEntries
{
    /// <summary>A message as an import reads it, after pseudonymisation. A private conversation is indexed
    /// only with the organisation's opt-in, and then, like the database, without a detected language (both
    /// stems); its sentiment is scored here, as themes always did for such messages.</summary>
    public static IndexedMessage FromImport(Message message, string source, bool authorIsBot, bool includePrivate)
    {
        var analysed = !message.IsPrivate;
        var counted = message with
        {
            ExternalId = Qualify(source, message.ExternalId)!,
            AuthorExternalId = Qualify(source, message.AuthorExternalId),
            GroupExternalId = Qualify(source, message.GroupExternalId),
            IsPrivate = message.IsPrivate && !includePrivate,
        };
        if (counted.Kind != MessageKind.Post || counted.IsDeleted || counted.IsPrivate || authorIsBot)
            return new IndexedMessage(counted.ExternalId, counted, AuthorIsBot: authorIsBot); // removed by id: nothing to analyse
        var sentiment = SentimentAnalyzer.Default.Analyze(message.Body);
        return new IndexedMessage(counted.ExternalId, counted, analysed ? Language(sentiment.Language) : SearchLanguage.Unknown, authorIsBot, sentiment.Score);
    }

    /// <summary>A countable post read back from the database (already filtered by the rule of participation).</summary>
    public static IndexedMessage FromDatabase(MessageText text) => new(
        text.Id,
        new Message(text.Id, text.Id, null, text.Group, text.Author, text.CreatedAt, null, null, false, MessageKind.Post, text.Body, 0, false, []),
        // The language the import detected; private conversations (opted in) were not analysed: both stemmers.
        text.Language switch
        {
            "nl" => SearchLanguage.Dutch,
            "en" => SearchLanguage.English,
            _ => SearchLanguage.Unknown,
        },
        Sentiment: text.Sentiment ?? SentimentAnalyzer.Default.Analyze(text.Body).Score);

    private static SearchLanguage Language(MonitoringLanguage language) => language switch
    {
        MonitoringLanguage.Dutch => SearchLanguage.Dutch,
        MonitoringLanguage.English => SearchLanguage.English,
        _ => SearchLanguage.Unknown,
    };

    private static string? Qualify(string source, string? id) => id is null ? null : source + ":" + id;
}

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
    /// <param name="starterAuthor">The qualified author of the thread's starter, where the import knows it.</param>
    public static IndexedMessage FromImport(Message message, string source, bool authorIsBot, bool includePrivate, string? starterAuthor = null)
    {
        var analysed = !message.IsPrivate;
        var counted = message with
        {
            ExternalId = Qualify(source, message.ExternalId)!,
            ThreadExternalId = Qualify(source, message.ThreadExternalId)!,
            AuthorExternalId = Qualify(source, message.AuthorExternalId),
            GroupExternalId = Qualify(source, message.GroupExternalId),
            IsPrivate = message.IsPrivate && !includePrivate,
        };
        if (counted.Kind != MessageKind.Post || counted.IsDeleted || counted.IsPrivate || authorIsBot)
            return new IndexedMessage(counted.ExternalId, counted, AuthorIsBot: authorIsBot); // removed by id: nothing to analyse
        var sentiment = SentimentAnalyzer.Default.Analyze(message.Body);
        return new IndexedMessage(
            counted.ExternalId, counted, analysed ? Language(sentiment.Language) : SearchLanguage.Unknown, authorIsBot, sentiment.Score,
            starterAuthor, PrivateConversation: message.IsPrivate);
    }

    /// <summary>A countable post read back from the database (already filtered by the rule of participation).</summary>
    public static IndexedMessage FromDatabase(MessageText text) => new(
        text.Id,
        new Message(
            text.Id, text.Thread?.Thread ?? text.Id, null, text.Group, text.Author, text.CreatedAt, null, null, false, MessageKind.Post, text.Body,
            text.Thread?.Likes ?? 0, text.Thread?.IsAccepted ?? false, []),
        // The language the import detected; private conversations (opted in) were not analysed: both stemmers.
        text.Language switch
        {
            "nl" => SearchLanguage.Dutch,
            "en" => SearchLanguage.English,
            _ => SearchLanguage.Unknown,
        },
        Sentiment: text.Sentiment ?? SentimentAnalyzer.Default.Analyze(text.Body).Score,
        StarterAuthor: text.Thread?.StarterAuthor,
        PrivateConversation: text.Thread?.IsPrivate ?? false);

    private static SearchLanguage Language(MonitoringLanguage language) => language switch
    {
        MonitoringLanguage.Dutch => SearchLanguage.Dutch,
        MonitoringLanguage.English => SearchLanguage.English,
        _ => SearchLanguage.Unknown,
    };

    private static string? Qualify(string source, string? id) => id is null ? null : source + ":" + id;
}

using Lucene.Net.Documents;
using Lucene.Net.Util;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>The Lucene document of a countable message: which fields, indexed or stored how.</summary>
internal static class MessageDocument
{
    public static Document Create(IndexedMessage entry)
    {
        var message = entry.Message;
        var document = new Document
        {
            new StringField(SearchFields.Id, entry.Id, Field.Store.YES),
            // Doc values let a theme read the ids of 100,000 matches without loading stored documents.
            new BinaryDocValuesField(SearchFields.Id, new BytesRef(entry.Id)),
            new TextField(SearchFields.Words, message.Body, Field.Store.NO),
            new StoredField(SearchFields.Body, message.Body),
            new Int64Field(SearchFields.Created, message.CreatedAt.UtcTicks, Field.Store.YES),
            new StoredField(SearchFields.Language, Code(entry.Language)),
        };
        if (entry.Language != TextLanguage.English)
            document.Add(new TextField(SearchFields.Dutch, message.Body, Field.Store.NO));
        if (entry.Language != TextLanguage.Dutch)
            document.Add(new TextField(SearchFields.English, message.Body, Field.Store.NO));
        if (message.AuthorExternalId is { } author)
            document.Add(new StringField(SearchFields.Author, author, Field.Store.YES));
        if (message.GroupExternalId is { } group)
            document.Add(new StringField(SearchFields.Group, group, Field.Store.YES));
        return document;
    }

    public static string Code(TextLanguage language) => language switch
    {
        TextLanguage.Dutch => "nl",
        TextLanguage.English => "en",
        _ => "",
    };
}

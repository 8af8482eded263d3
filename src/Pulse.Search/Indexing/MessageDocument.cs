using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>The Lucene document of a countable message: which fields, indexed or stored how.</summary>
internal static class MessageDocument
{
    // Themes never score (they count), so whole words need no length norms: less to write and merge.
    private static readonly FieldType WordsType = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    // Stems serve single-word search only (a phrase matches its exact words in the words field), so they
    // need no positions: about a fifth less to write per stemmed field.
    private static readonly FieldType StemsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    static MessageDocument()
    {
        WordsType.Freeze();
        StemsType.Freeze();
    }

    public static Document Create(IndexedMessage entry)
    {
        var message = entry.Message;
        var document = new Document
        {
            new StringField(SearchFields.Id, entry.Id, Field.Store.YES),
            // Doc values let a theme read the ids of 100,000 matches without loading stored documents.
            new BinaryDocValuesField(SearchFields.Id, new BytesRef(entry.Id)),
            new Field(SearchFields.Words, message.Body, WordsType),
            new StoredField(SearchFields.Body, message.Body),
            new Int64Field(SearchFields.Created, message.CreatedAt.UtcTicks, Field.Store.YES),
            new StoredField(SearchFields.Language, Code(entry.Language)),
        };
        if (entry.Language != TextLanguage.English)
            document.Add(new Field(SearchFields.Dutch, message.Body, StemsType));
        if (entry.Language != TextLanguage.Dutch)
            document.Add(new Field(SearchFields.English, message.Body, StemsType));
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

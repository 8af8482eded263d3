using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Search.Analysis;

namespace Pulse.Search.Indexing;

/// <summary>
/// The Lucene document of a countable message: which fields, indexed or stored how. One instance per
/// indexing thread, reused for every message (Lucene's advice for bulk indexing: a document and its
/// fields may be refilled once the writer has taken them, which saves allocating a dozen objects and
/// their token streams per message).
/// </summary>
/// <remarks>
/// What themes need is kept as doc values, so a theme is counted from the index alone (no database
/// read): creation time (periods, weeks), author (contributors) and sentiment. Author and group are
/// stored, not indexed: nothing searches by them. Creation time is not indexed either: a theme filters
/// its matches by the doc value, which costs less than a numeric trie of 16 terms per message.
/// </remarks>
internal sealed class MessageDocument
{
    // Themes never score (they count), so whole words need no length norms: less to write and merge.
    private static readonly FieldType WordsType = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    // Stems serve single-word search only (a phrase matches its exact words in the words field), so they
    // need no positions: about a fifth less to write per stemmed field.
    private static readonly FieldType StemsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    private readonly Document _document = [];
    private readonly StringField _id = new(SearchFields.Id, "", Field.Store.YES);
    private readonly BinaryDocValuesField _idValue = new(SearchFields.Id, new BytesRef());
    private readonly Field _words = new(SearchFields.Words, "", WordsType);
    private readonly Field _dutch = new(SearchFields.Dutch, "", StemsType);
    private readonly Field _english = new(SearchFields.English, "", StemsType);
    private readonly StoredField _body = new(SearchFields.Body, "");
    private readonly StoredField _created = new(SearchFields.Created, 0L);
    private readonly NumericDocValuesField _createdValue = new(SearchFields.Created, 0L);
    private readonly StoredField _language = new(SearchFields.Language, "");
    private readonly NumericDocValuesField _sentiment = new(SearchFields.Sentiment, 0L);
    private readonly StoredField _author = new(SearchFields.Author, "");
    private readonly SortedDocValuesField _authorValue = new(SearchFields.Author, new BytesRef());
    private readonly StoredField _group = new(SearchFields.Group, "");
    private readonly SortedDocValuesField _thread = new(SearchFields.Thread, new BytesRef());
    private readonly SortedDocValuesField _starterAuthor = new(SearchFields.StarterAuthor, new BytesRef());
    private readonly StringField _authorTerm = new(SearchFields.AuthorTerm, "", Field.Store.NO);
    private readonly NumericDocValuesField _likes = new(SearchFields.Likes, 0L);
    private readonly NumericDocValuesField _flags = new(SearchFields.Flags, 0L);

    static MessageDocument()
    {
        WordsType.Freeze();
        StemsType.Freeze();
    }

    /// <summary>Fills the document with <paramref name="entry"/>; valid until the next call.</summary>
    public Document Fill(IndexedMessage entry)
    {
        var message = entry.Message;
        var fields = _document.Fields;
        fields.Clear();
        _id.SetStringValue(entry.Id);
        _idValue.SetBytesValue(new BytesRef(entry.Id));
        _words.SetStringValue(message.Body);
        _body.SetStringValue(message.Body);
        var created = message.CreatedAt.UtcTicks;
        _created.SetInt64Value(created);
        _createdValue.SetInt64Value(created);
        _language.SetStringValue(Code(entry.Language));
        var sentiment = entry.Sentiment ?? SentimentAnalyzer.Default.Analyze(message.Body).Score;
        _sentiment.SetInt64Value(BitConverter.DoubleToInt64Bits(sentiment));
        fields.Add(_id);
        fields.Add(_idValue);
        fields.Add(_words);
        fields.Add(_body);
        fields.Add(_created);
        fields.Add(_createdValue);
        fields.Add(_language);
        fields.Add(_sentiment);
        if (entry.Language != TextLanguage.English)
        {
            _dutch.SetStringValue(message.Body);
            fields.Add(_dutch);
        }

        if (entry.Language != TextLanguage.Dutch)
        {
            _english.SetStringValue(message.Body);
            fields.Add(_english);
        }

        if (message.AuthorExternalId is { } author)
        {
            _author.SetStringValue(author);
            _authorValue.SetBytesValue(new BytesRef(author));
            fields.Add(_author);
            fields.Add(_authorValue);
            _authorTerm.SetStringValue(author);
            fields.Add(_authorTerm);
        }

        // What expert finding weighs (format 3): the thread, whose it is, likes and acceptance.
        _thread.SetBytesValue(new BytesRef(message.ThreadExternalId));
        fields.Add(_thread);
        var starterAuthor = message.IsThreadStarter ? message.AuthorExternalId : entry.StarterAuthor;
        if (starterAuthor is not null)
        {
            _starterAuthor.SetBytesValue(new BytesRef(starterAuthor));
            fields.Add(_starterAuthor);
        }

        _likes.SetInt64Value(message.Likes);
        fields.Add(_likes);
        var flags = (message.IsThreadStarter ? MessageTraits.None : MessageTraits.Reply)
            | (message.IsAccepted ? MessageTraits.Accepted : MessageTraits.None)
            | (entry.PrivateConversation || message.IsPrivate ? MessageTraits.Private : MessageTraits.None);
        _flags.SetInt64Value((long)flags);
        fields.Add(_flags);

        if (message.GroupExternalId is { } group)
        {
            _group.SetStringValue(group);
            fields.Add(_group);
        }

        return _document;
    }

    public static string Code(TextLanguage language) => language switch
    {
        TextLanguage.Dutch => "nl",
        TextLanguage.English => "en",
        _ => "",
    };
}

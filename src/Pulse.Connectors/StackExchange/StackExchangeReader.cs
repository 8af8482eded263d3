using System.Globalization;
using System.Text;
using System.Xml;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Checks;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.StackExchange;

/// <summary>
/// Reads a Stack Exchange data dump (a folder, or a zip, with Posts.xml and, when present,
/// Users.xml): the shape of an internal Q&amp;A community. Questions are thread starters (body =
/// title + text of the HTML body, tags as topics), answers are replies to their question, the
/// question's accepted answer is flagged, the score counts as likes (a negative score as 0, since
/// likes cannot be negative), and the whole site is one group. Posts.xml is read twice, first for
/// the accepted-answer ids only, so memory grows with the number of questions, not of posts.
/// </summary>
/// <param name="site">The site's name as a group; by default the dump's folder or zip name.</param>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class StackExchangeReader(string? site = null, ConnectorOptions? options = null) : IConnector
{
    private static readonly FieldNames Names = new(new Dictionary<string, string>
    {
        ["account.id"] = "Id", ["account.name"] = "DisplayName", ["account.location"] = "Location", ["account.joined"] = "CreationDate",
        ["topic.id"] = "Tags", ["topic.name"] = "Tags",
        ["message.id"] = "Id", ["message.thread"] = "ParentId", ["message.parent"] = "ParentId", ["message.author"] = "OwnerUserId",
        ["message.created"] = "CreationDate", ["message.edited"] = "LastEditDate", ["message.deleted"] = "DeletionDate",
        ["message.body"] = "Body", ["message.topics"] = "Tags",
    });

    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    private const string CommunityUserId = "-1";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };

    public string Source => Monitoring.Model.Source.StackExchange;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var export = ExportSource.Open(path, "a Stack Exchange data dump", _options.Encoding);
        var posts = export.Find("Posts.xml") ?? throw new ImportException(export.Name, null, null, "not a Stack Exchange data dump: there is no Posts.xml in it");
        var ticker = new ProgressTicker(progress);
        var checks = new ItemChecks(_options);
        var group = checks.Group(new Group(site ?? export.Name, site ?? export.Name, "Stack Exchange site", IsPrivate: false, CreatedAt: null), export.Name, null);
        await sink.AddGroupAsync(group, cancellationToken);

        if (export.Find("Users.xml") is { } users)
        {
            await ReadUsersAsync(export.Open(users), sink, checks, ticker, cancellationToken);
        }
        else
        {
            // Not an error (some dumps are Posts.xml alone), but every figure about people will be empty.
            sink.Skip("authors' accounts", "the dump has no Users.xml, so the posts' authors have no accounts: no names, and no one counts as a member");
        }

        var accepted = await AcceptedAnswersAsync(export.Open(posts), cancellationToken);
        await ReadPostsAsync(export.Open(posts), group.ExternalId, accepted, sink, checks, ticker, cancellationToken);
    }

    private static async Task ReadUsersAsync(CountingStream stream, IImportSink sink, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await foreach (var row in RowsAsync(stream, cancellationToken))
            {
                var id = row.Required("Id");
                var account = new Account(id, row["DisplayName"], Email: null, Department: null, JobTitle: null, row["Location"], AccountState.Active, IsBot: id == CommunityUserId, row.Time("CreationDate"));
                await sink.AddAccountAsync(checks.Account(account, stream.Label, row.Line, Names), cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    /// <summary>First pass: the ids of accepted answers, as the questions name them.</summary>
    private static async Task<HashSet<string>> AcceptedAnswersAsync(CountingStream stream, CancellationToken cancellationToken)
    {
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        using (stream)
        {
            await foreach (var row in RowsAsync(stream, cancellationToken))
            {
                if (row["PostTypeId"] == "1" && row["AcceptedAnswerId"] is { } answer) accepted.Add(answer);
            }
        }

        return accepted;
    }

    private static async Task ReadPostsAsync(CountingStream stream, string groupId, HashSet<string> accepted, IImportSink sink, ItemChecks checks, ProgressTicker ticker, CancellationToken cancellationToken)
    {
        var topics = new HashSet<string>(StringComparer.Ordinal);
        using (stream)
        {
            await foreach (var row in RowsAsync(stream, cancellationToken))
            {
                var id = row.Required("Id");
                var type = row.Required("PostTypeId");
                if (type is not ("1" or "2"))
                {
                    sink.Skip("post", $"PostTypeId {type} ({PostTypeName(type)}) is neither a question nor an answer");
                    continue;
                }

                var isQuestion = type == "1";
                var thread = isQuestion ? id : row.Required("ParentId");
                IReadOnlyList<string> tags = isQuestion ? Tags(row["Tags"]) : [];
                foreach (var tag in tags)
                {
                    if (topics.Add(tag)) await sink.AddTopicAsync(ItemChecks.Topic(new Topic(tag, tag), stream.Label, row.Line, Names), cancellationToken);
                }

                var text = HtmlText.ToPlainText(row["Body"]);
                var title = row["Title"];
                var author = row["OwnerUserId"];
                var message = new Message(
                    id,
                    thread,
                    isQuestion ? null : thread,
                    groupId,
                    author,
                    row.Time("CreationDate") ?? throw row.Error("CreationDate", "the post has no CreationDate"),
                    row.Time("LastEditDate"),
                    row.Time("DeletionDate"),
                    IsPrivate: false,
                    author == CommunityUserId ? MessageKind.Bot : MessageKind.Post,
                    isQuestion && title is not null ? (text.Length == 0 ? title : title + "\n\n" + text) : text,
                    Math.Max(0, row.Integer("Score") ?? 0),
                    IsAccepted: !isQuestion && accepted.Contains(id),
                    tags);
                await sink.AddMessageAsync(checks.Message(message, stream.Label, row.Line, Names), cancellationToken);
                ticker.Item(stream);
            }

            ticker.Report(stream);
        }
    }

    /// <summary>Tags as the dumps write them: <c>&lt;a&gt;&lt;b&gt;</c> (older) or <c>|a|b|</c> (2024 onwards).</summary>
    internal static IReadOnlyList<string> Tags(string? tags)
    {
        if (string.IsNullOrWhiteSpace(tags)) return [];
        var separators = tags.TrimStart().StartsWith('|') ? new[] { '|' } : ['<', '>'];
        return tags.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string PostTypeName(string type) => type switch
    {
        "3" => "orphaned tag wiki",
        "4" => "tag wiki excerpt",
        "5" => "tag wiki",
        "6" => "moderator nomination",
        "7" => "wiki placeholder",
        "8" => "privilege wiki",
        _ => "unknown type",
    };

    private static async IAsyncEnumerable<XmlRow> RowsAsync(CountingStream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The stream hands over UTF-8 whatever the file's encoding was (see CountingStream), so the
        // reader must not decode again by the file's own encoding declaration.
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        using var xml = XmlReader.Create(text, XmlSettings);
        var lineInfo = (IXmlLineInfo)xml;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = await xml.ReadAsync();
            }
            catch (XmlException e)
            {
                throw new ImportException(stream.Label, e.LineNumber, null, "not well-formed XML: " + e.Message, e);
            }

            if (!more) yield break;
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row") yield return new XmlRow(xml, stream.Label, lineInfo.LineNumber);
        }
    }

    /// <summary>The attributes of one <c>&lt;row/&gt;</c>, read while the reader stands on it.</summary>
    private readonly struct XmlRow(XmlReader xml, string file, long line)
    {
        public long Line => line;

        public string? this[string name] => xml.GetAttribute(name) is { Length: > 0 } value ? value : null;

        public string Required(string name) => this[name] ?? throw Error(name, $"the row has no {name}");

        /// <summary>Dump times have no zone and are UTC.</summary>
        public DateTimeOffset? Time(string name)
        {
            var value = this[name];
            if (value is null) return null;
            return Timestamps.TryParse(value, out var time) ? time : throw Error(name, $"'{value}' is not a timestamp");
        }

        public int? Integer(string name)
        {
            var value = this[name];
            if (value is null) return null;
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
            throw Error(name, long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || value.TrimStart('-').All(char.IsAsciiDigit)
                ? $"{value} is too large for a count (at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)})"
                : $"'{value}' is not a whole number");
        }

        public ImportException Error(string field, string problem) => new(file, line, field, problem);
    }
}

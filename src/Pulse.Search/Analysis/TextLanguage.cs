namespace Pulse.Search.Analysis;

/// <summary>The language a message is analysed in. Decides which stemmed field(s) it is indexed in.</summary>
public enum TextLanguage
{
    /// <summary>Not detected, or neither Dutch nor English: indexed with both stemmers (see docs/search.md).</summary>
    Unknown = 0,
    /// <summary>Dutch: Snowball Dutch stemmer.</summary>
    Dutch = 1,
    /// <summary>English: Snowball English (Porter 2) stemmer.</summary>
    English = 2,
}

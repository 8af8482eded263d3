namespace Pulse.Search.Indexing;

/// <summary>Whether an index can answer for the data a caller has. Anything but <see cref="Current"/>
/// means: rebuild before answering, never answer from it.</summary>
public enum IndexState
{
    /// <summary>No committed index with a Pulse marker in the directory.</summary>
    Missing = 0,
    /// <summary>Written with other fields or analysis (<see cref="IndexMarker.Format"/>).</summary>
    OldFormat = 1,
    /// <summary>Its watermark is not the one the caller expects: it misses (or has extra) messages.</summary>
    Behind = 2,
    /// <summary>Same format, same watermark.</summary>
    Current = 3,
}

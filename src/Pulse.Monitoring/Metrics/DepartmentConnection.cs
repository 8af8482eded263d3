namespace Pulse.Monitoring.Metrics;

/// <summary>
/// How one department of the department matrix (null: the hidden ones together, "other") connects:
/// the replies its people wrote to a known department and received from one, and the shares of
/// those that crossed a department boundary.
/// </summary>
/// <param name="OnlyOwn">Talks only to itself: at least <see cref="MinimumReplies"/> replies written and
/// received, and at most <see cref="SiloShare"/> of either crossing a boundary.</param>
public sealed record DepartmentConnection(
    string? Department, int RepliesWritten, double? CrossShareWritten, int RepliesReceived, double? CrossShareReceived, bool OnlyOwn)
{
    /// <summary>Fewer replies than this say too little to call a department closed.</summary>
    public const int MinimumReplies = 10;

    /// <summary>At most this share crossing, both ways, and a department only talks to itself.</summary>
    public const double SiloShare = 0.1;
}

/// <summary>Connection between departments over a period: the overall share, the matrix and each department.</summary>
public sealed record ConnectionReport(double? CrossDepartmentReplyShare, IReadOnlyList<DepartmentFlow> Matrix, IReadOnlyList<DepartmentConnection> Departments);

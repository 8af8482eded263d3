namespace Pulse.Monitoring.Alerts;

/// <summary>
/// An alert a rule raised: <see cref="Key"/> makes it unique per rule (the week, the department and
/// week, the thread), so evaluating again never raises it twice.
/// </summary>
/// <param name="Subject">What it is about: the theme, the department, or the thread's message id.</param>
/// <param name="Value">What was measured (the drop, the count, the hours waited).</param>
/// <param name="Baseline">What it was measured against, when there is one (the earlier sentiment, the baseline mean).</param>
/// <param name="At">The moment the data showed it (the week's start, the deadline passed).</param>
public sealed record RaisedAlert(long RuleId, AlertKind Kind, string Key, string Subject, double Value, double? Baseline, DateTimeOffset At);

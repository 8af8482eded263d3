namespace Pulse.Connectors.Mapped;

/// <summary>The words a mapped file uses for yes and no, compared ignoring case and surrounding spaces.</summary>
public sealed record BooleanWords(IReadOnlyList<string> True, IReadOnlyList<string> False);

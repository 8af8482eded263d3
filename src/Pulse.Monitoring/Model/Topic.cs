namespace Pulse.Monitoring.Model;

/// <summary>A topic or hashtag as the platform defines it (Yammer Topics.csv, Stack Exchange tags).</summary>
public sealed record Topic(string ExternalId, string Name);

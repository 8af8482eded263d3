namespace Pulse.Application.Monitoring;

/// <summary>What `pulse experts "QUERY" --json` prints and `GET /api/v1/orgs/{slug}/experts?q=` returns: who knows about a subject.</summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="Query">The question as asked.</param>
/// <param name="Experts">The experts, best first, each with the ids of the messages that show it.</param>
public sealed record ExpertsDocument(string Organisation, string Query, IReadOnlyList<FoundExpert> Experts)
{
    public static ExpertsDocument Of(ExpertsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ExpertsDocument(
            view.Organisation,
            view.Query,
            [.. view.Experts.Select(e => new FoundExpert(e.ExternalId, e.Name, e.Score, [.. e.Evidence.Select(m => m.MessageId)]))]);
    }
}

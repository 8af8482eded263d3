using Pulse.Storage;

namespace Pulse.Cli.Demo;

/// <summary>What the demo built (and what already stood from an earlier run).</summary>
public sealed record DemoSummary(int Organisations, int OrganisationsAdded);

/// <summary>
/// Builds the demo dataset. Deterministic and idempotent: the same seed, the same fixed dates, and
/// only upserts, so running it twice changes nothing.
/// </summary>
public sealed class DemoBuilder(PulseDatabase database)
{
    public async Task<DemoSummary> BuildAsync(Action<string> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var organisations = new OrganisationStore(database);
        step("organisations");
        var added = 0;
        foreach (var demo in DemoOrganisations.All)
        {
            if (await organisations.FindAsync(demo.Slug, cancellationToken) is null)
            {
                await organisations.AddAsync(demo.Slug, demo.Name, demo.Employees, cancellationToken);
                added++;
            }
        }

        return new DemoSummary(DemoOrganisations.All.Count, added);
    }
}

using Pulse.Storage;

namespace Pulse.Application.Organisations;

/// <summary>What `pulse org list --json` prints and `GET /api/v1/orgs` returns: every organisation with what is stored of it.</summary>
/// <param name="Organisations">The organisations, by slug.</param>
public sealed record OrganisationListDocument(IReadOnlyList<OrganisationSummary> Organisations);

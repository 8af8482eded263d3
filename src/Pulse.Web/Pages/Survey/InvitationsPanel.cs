using Pulse.Application.Questionnaire;
using Pulse.Web.Hosting;

namespace Pulse.Web.Pages.Survey;

/// <summary>What the wave page shows of the questionnaire: progress per organisation and the form that invites.</summary>
/// <param name="Wave">The wave's code.</param>
/// <param name="Progress">Invited, started and submitted per organisation.</param>
/// <param name="Organisations">Slug and name of every organisation that may be invited, by slug.</param>
/// <param name="Token">The anti-forgery field of the invitation form.</param>
public sealed record InvitationsPanel(string Wave, WaveProgress Progress, IReadOnlyList<KeyValuePair<string, string>> Organisations, FormToken Token);

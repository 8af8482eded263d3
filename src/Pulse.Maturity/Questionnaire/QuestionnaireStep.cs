using Pulse.Maturity.Model;

namespace Pulse.Maturity.Questionnaire;

/// <summary>
/// One page of the respondents' questionnaire: the facts about the platform first, then one page
/// per precondition with its constructs' items in model order.
/// </summary>
/// <param name="Number">1-based position among all steps.</param>
/// <param name="Id"><see cref="QuestionnaireForm.PlatformStepId"/> for the facts, else the precondition's id.</param>
/// <param name="Precondition">The precondition the page asks about; null for the facts page.</param>
/// <param name="Items">The page's items, in the order they are asked.</param>
public sealed record QuestionnaireStep(int Number, string Id, Precondition? Precondition, IReadOnlyList<Item> Items);

namespace Pulse.Maturity.Model;

/// <summary>
/// A named yes/no statement about an organisation ("more than half of the target group is
/// active"), reported across a wave as the share of organisations for which it holds, with n and a
/// Wilson interval. It is null for an organisation whose answers do not decide it.
/// </summary>
/// <param name="Id">Unique in the whole model.</param>
/// <param name="Name">The statement as the report prints it.</param>
/// <param name="Rule">When it holds.</param>
public sealed record Indicator(string Id, LocalizedText Name, IndicatorRule Rule)
{
    /// <summary>The indicator's id.</summary>
    public string Id { get; } = Guard.IsId(Id)
        ? Id
        : throw new ModelValidationException($"Indicator id '{Id}' is not valid: use lower-case letters, digits and '_', starting with a letter.");

    /// <summary>The statement.</summary>
    public LocalizedText Name { get; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>When it holds.</summary>
    public IndicatorRule Rule { get; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <summary>
    /// The indicator as a goal to advise, phrased to follow "72 % van de organisaties één fase
    /// hoger" / "72 % of the organisations one stage higher" (nl: a verb phrase in the singular,
    /// "heeft gebruiksrichtlijnen"; en: in the plural, with a main verb so that "you don't (yet)"
    /// follows, "have usage guidelines"). Null for an indicator that describes rather than
    /// recommends (moderation by one department is a start, and organisations beyond it fail it
    /// too), which therefore never becomes peer advice.
    /// </summary>
    public LocalizedText? Advice { get; init; }
}

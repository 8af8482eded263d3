namespace Pulse.Maturity.Model;

/// <summary>
/// How an <see cref="ItemComparison"/> compares an item's value. Which operators fit which scale:
/// numbers (Likert, percentage): all but <see cref="Contains"/>; yes/no: <see cref="Eq"/>,
/// <see cref="Ne"/>, <see cref="In"/>; single choice: all but <see cref="Contains"/>, where
/// gt/ge/lt/le compare positions in the option order (the options are ordered weakest first);
/// multiple choice: only <see cref="Contains"/>.
/// </summary>
public enum ComparisonOperator
{
    /// <summary>Equal to the one value.</summary>
    Eq,

    /// <summary>Not equal to the one value (still unknown when the answer is missing).</summary>
    Ne,

    /// <summary>Greater than the one value.</summary>
    Gt,

    /// <summary>Greater than or equal to the one value.</summary>
    Ge,

    /// <summary>Less than the one value.</summary>
    Lt,

    /// <summary>Less than or equal to the one value.</summary>
    Le,

    /// <summary>Equal to one of the values.</summary>
    In,

    /// <summary>A multiple-choice answer that includes the one option.</summary>
    Contains,
}

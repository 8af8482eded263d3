namespace Pulse.Maturity.Survey;

/// <summary>
/// One column of a multiple-choice question that an export splits into a column per option
/// (LimeSurvey <c>Q5[SQ001]</c> with "Y" or empty; Qualtrics <c>Q5_1</c> with "1" or empty).
/// </summary>
/// <param name="Column">The export's column.</param>
/// <param name="Option">The model's option value this column stands for.</param>
public sealed record OptionColumn(string Column, string Option);

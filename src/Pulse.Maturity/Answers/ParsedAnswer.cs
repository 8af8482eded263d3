namespace Pulse.Maturity.Answers;

/// <summary>
/// What <see cref="AnswerParser"/> made of one raw answer: a canonical value, "missing" (don't
/// know / blank), or an error.
/// </summary>
/// <param name="Value">The canonical value, or null when missing or invalid.</param>
/// <param name="Error">One sentence naming the value and what was expected; null when valid.</param>
public readonly record struct ParsedAnswer(string? Value, string? Error)
{
    /// <summary>The answer is usable: a value or missing.</summary>
    public bool IsValid => Error is null;

    /// <summary>Valid and "don't know" / blank.</summary>
    public bool IsMissing => Error is null && Value is null;

    /// <summary>A missing answer.</summary>
    public static ParsedAnswer Missing => default;

    internal static ParsedAnswer Of(string value) => new(value, null);

    internal static ParsedAnswer Invalid(string error) => new(null, error);
}

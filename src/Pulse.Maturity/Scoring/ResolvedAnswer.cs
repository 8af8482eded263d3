using System.Globalization;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// Everything scoring needs from one canonical answer, computed once per distinct string:
/// its item score, its number (Likert value or percentage), its option (single choice, yes/no:
/// 0 = yes) and its chosen options (multiple choice, bit i = option i).
/// </summary>
internal readonly record struct ResolvedAnswer(double Score, double Number, int Option, ulong Mask)
{
    public static ResolvedAnswer Missing { get; } = new(double.NaN, double.NaN, -1, 0);

    public bool IsMissing => double.IsNaN(Score);

    public static ResolvedAnswer FromCanonical(Item item, string value)
    {
        switch (item.Scale)
        {
            case Scale.Likert5 or Scale.Likert7:
                var v = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                return new ResolvedAnswer(ItemScore.Likert(v, item.Scale.LikertPoints(), item.Reverse), v, v - 1, 0);
            case Scale.Percent:
                var percent = ItemScore.Percent(double.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
                return new ResolvedAnswer(percent, percent, -1, 0);
            case Scale.YesNo or Scale.Choice:
                var index = item.IndexOfOption(value);
                return new ResolvedAnswer(item.Options[index].Points, double.NaN, index, 0);
            case Scale.Multi:
                ulong mask = 0;
                var sum = 0.0;
                foreach (var part in value.Split(';'))
                {
                    var option = item.IndexOfOption(part);
                    mask |= 1UL << option;
                    sum += item.Options[option].Points;
                }

                return new ResolvedAnswer(Math.Min(100, sum), double.NaN, -1, mask);
            default:
                throw new InvalidOperationException($"Unknown scale {item.Scale}.");
        }
    }
}

using System.Globalization;
using Pulse.Maturity.Model;

namespace Pulse.Application.Reality;

/// <summary>The reality check's words, in Dutch and English, written once for every face.</summary>
public static class RealityWording
{
    /// <summary>A percentage as a sentence shows it: whole points ("12 %").</summary>
    public static string Percent(double points) =>
        Math.Round(points, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %";

    /// <summary>The verdict in words: "the claim is far above what the messages show".</summary>
    public static LocalizedText Verdict(RealityVerdict verdict) => verdict switch
    {
        RealityVerdict.FarAbove => new("de claim ligt ver boven wat de berichten laten zien", "the claim is far above what the messages show"),
        RealityVerdict.Above => new("de claim ligt boven wat de berichten laten zien", "the claim is above what the messages show"),
        RealityVerdict.Matches => new("de claim klopt met wat de berichten laten zien", "the claim matches what the messages show"),
        RealityVerdict.Below => new("de claim ligt onder wat de berichten laten zien", "the claim is below what the messages show"),
        RealityVerdict.FarBelow => new("de claim ligt ver onder wat de berichten laten zien", "the claim is far below what the messages show"),
        _ => new("dit valt niet te zeggen", "this cannot be said"),
    };

    /// <summary>Why a line cannot say anything.</summary>
    public static LocalizedText Unknown(RealityUnknown unknown) => unknown switch
    {
        RealityUnknown.NotInWave => new("de organisatie heeft in deze ronde niet geantwoord", "the organisation did not answer in this wave"),
        RealityUnknown.NoCommunity => new("de organisatie antwoordde geen platform te hebben", "the organisation answered that it has no platform"),
        RealityUnknown.AnswersWithheld => new(
            "de antwoorden zijn achtergehouden: minder dan 5 respondenten", "the answers are withheld: fewer than 5 respondents"),
        RealityUnknown.NoAnswer => new("er is geen antwoord om te vergelijken", "there is no answer to compare"),
        RealityUnknown.NoMessages => new(
            "de berichten zeggen hier niets over: er zijn er geen in de periode", "the messages cannot say: there are none in the period"),
        RealityUnknown.NoDirectory => new(
            "de berichten zeggen hier niets over zonder personeelsbestand (HR-bestand)", "the messages cannot say without a directory (HR file)"),
        RealityUnknown.NoManagers => new(
            "de berichten zeggen hier niets over: het personeelsbestand noemt geen leidinggevenden in de doelgroep",
            "the messages cannot say: the directory marks no managers in the target group"),
        _ => new("de berichten zeggen hier niets over: de doelgroep is leeg", "the messages cannot say: the target group is empty"),
    };

    /// <summary>The whole line: "claimed 60 %, measured 12 %: the claim is far above what the messages show".</summary>
    public static LocalizedText Sentence(LocalizedText? claimed, double? measured, RealityVerdict verdict, RealityUnknown? unknown)
    {
        if (verdict == RealityVerdict.CannotSay || measured is null || claimed is null)
        {
            var why = Unknown(unknown ?? RealityUnknown.NoAnswer);
            return claimed is null
                ? why
                : new($"geclaimd {claimed.Nl}; {why.Nl}", $"claimed {claimed.En}; {why.En}");
        }

        var words = Verdict(verdict);
        var figure = Percent(measured.Value);
        return new($"geclaimd {claimed.Nl}, gemeten {figure}: {words.Nl}", $"claimed {claimed.En}, measured {figure}: {words.En}");
    }
}

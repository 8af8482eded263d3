using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>
/// The driver analysis of wave 1 of <see cref="BenchmarkWaves"/>. Expected figures were printed by
/// R/benchmark-waves.R (<c>Rscript benchmark-waves.R</c>): <c>summary(lm(active_share ~ usefulness
/// + ease + colleagues))</c> and <c>cor.test</c> over the 28 scored organisations with an active_share.
/// </summary>
public sealed class DriversTests
{
    private static readonly DriverAnalysis Analysis = Drivers.Analyse(BenchmarkWaves.Model1, BenchmarkWaves.Wave1);

    [Fact]
    public void The_regression_equals_Rs_lm_estimates_standard_errors_p_values_and_R2()
    {
        // a03 and a22 have no active_share; a31 (incomplete) has one but is not scored.
        Analysis.N.ShouldBe(28);
        Analysis.R2.ShouldMatchR(0.6944377267);
        (string Term, double Estimate, double Se, double P)[] expected =
        [
            ("(Intercept)", 13.98665763, 3.989493635, 0.001815788607),
            ("usefulness", 0.2525708875, 0.04445615182, 7.496064078e-06),
            ("ease", 0.1380257044, 0.04405330024, 0.004513242184),
            ("colleagues", 0.1582476104, 0.04532177748, 0.001880821657),
        ];

        Analysis.Coefficients.Select(c => c.Term).ShouldBe(expected.Select(e => e.Term));
        foreach (var (term, r) in Analysis.Coefficients.Zip(expected))
        {
            term.Estimate.ShouldMatchR(r.Estimate);
            term.StandardError.ShouldMatchR(r.Se);
            term.P.ShouldMatchR(r.P);
        }
    }

    [Fact]
    public void Each_Usage_construct_has_Rs_Pearson_r_and_p_with_active_share()
    {
        // R: cor.test(x, active_share)$estimate and $p.value.
        (string Term, double R, double P)[] expected =
        [
            ("usefulness", 0.6659445865, 0.0001097247502),
            ("ease", 0.1477809749, 0.452973934),
            ("colleagues", 0.4816809202, 0.009449362017),
        ];

        Analysis.Correlations.Select(c => c.Term).ShouldBe(expected.Select(e => e.Term));
        foreach (var (correlation, r) in Analysis.Correlations.Zip(expected))
        {
            correlation.R.ShouldMatchR(r.R);
            correlation.P.ShouldMatchR(r.P);
        }
    }

    [Fact]
    public void Fewer_than_25_organisations_with_active_share_and_every_Usage_score_are_refused()
    {
        // The first 24 that qualify, plus a31 (not scored) and a03 (no active_share), which do not.
        var qualifying = BenchmarkWaves.Wave1.Organisations.Where(o => o.Index is not null && o.Answers is not null).Take(24);
        var wave = BenchmarkWaves.Wave1 with
        {
            Organisations = [.. qualifying, .. BenchmarkWaves.Wave1.Organisations.Where(o => o.Organisation is "a31" or "a03")],
        };

        Should.Throw<BenchmarkException>(() => Drivers.Analyse(BenchmarkWaves.Model1, wave)).Message
            .ShouldBe("The driver analysis needs at least 25 organisations with active_share and every Usage score; this wave has 24.");
        Should.NotThrow(() => Drivers.Analyse(BenchmarkWaves.Model1, BenchmarkWaves.Wave1 with
        {
            Organisations = [.. BenchmarkWaves.Wave1.Organisations.Where(o => o.Index is not null && o.Answers is not null).Take(25)],
        }));
    }

    [Fact]
    public void A_model_without_a_Usage_precondition_has_no_drivers()
    {
        var model = TestModels.Build([TestModels.Precondition("goals", TestModels.Construct("goal_level", TestModels.Likert("g1"), TestModels.Likert("g2")))]);
        Should.Throw<BenchmarkException>(() => Drivers.Analyse(model, BenchmarkWaves.Wave1)).Message.ShouldContain("no Usage precondition");
    }

    [Fact]
    public void A_Usage_score_that_does_not_vary_makes_the_regression_undefined_and_is_refused()
    {
        var wave = BenchmarkWaves.Wave1 with
        {
            Organisations = [.. BenchmarkWaves.Wave1.Organisations.Select(o => o with
            {
                Constructs = o.Constructs.ToDictionary(c => c.Key, c => c.Key == "ease" && c.Value is not null ? 50 : c.Value),
            })],
        };

        Should.Throw<BenchmarkException>(() => Drivers.Analyse(BenchmarkWaves.Model1, wave)).Message.ShouldContain("does not vary");
    }
}

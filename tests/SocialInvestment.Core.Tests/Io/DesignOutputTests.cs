using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;
using SocialInvestment.Testing;
using SocialInvestment.Tests.Design;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// design.csv and the design's design.json (docs/output-formats.md) for the 2 × 3 design of <see cref="DesignExample"/>:
/// exact bytes, the same in any culture and whatever the order the measures were given in.
/// </summary>
public sealed class DesignOutputTests
{
    private static readonly InputFile[] Inputs = [new("contract", "ab"), new("design", "cd")];

    [Fact]
    public void Design_csv_holds_every_candidate_in_the_grids_order_with_its_values_measures_and_flags()
    {
        Assert.Equal(ExpectedCsv, Csv(DesignExample.Result()));
    }

    [Fact]
    public void Design_json_holds_the_design_the_counts_the_recommended_contract_and_the_front()
    {
        Assert.Equal(ExpectedJson, Json(DesignExample.Result()));
    }

    [Fact]
    public void Where_none_qualifies_design_json_names_the_binding_condition_and_the_shortfall()
    {
        DesignResult result = DesignExample.Result(DesignExample.Safe, new DesignCondition(DesignMeasure.InvestorIrrP50, DesignBound.AtLeast, 0.2m));

        Assert.Equal(
            "no candidate meets investor_irr_p50 at_least 0.2 (condition 2 of 2, among the candidates that meet the conditions before it); the nearest, candidate 2, misses it by 0.07654321095",
            DesignResultJson.MissMessage(result));
        Assert.Equal(ExpectedMissJson, Json(result));
        Assert.Null(DesignResultJson.MissMessage(DesignExample.Result()));
    }

    [Fact]
    public void With_exact_evaluations_design_json_gives_the_recommended_contract_s_exact_figures_and_its_stress()
    {
        // The writer writes what it is given: as the exact evaluation, the forced outcome of ExactEvaluationTests (fee
        // 10,000 and bonus 40,000 paid, net saving 82,741.94 − 50,000.00 = 32,741.94, IRR (4/3)^(365/111) − 1 =
        // 1.575340065309…, money multiple 50,000 / 40,000 = 1.25) and, as the stressed one, the same outcome with a fee of
        // 20,000 (net saving 22,741.94, the investor −20,000 on 01-01 and +40,000 111 days later: IRR 2^(365/111) − 1 =
        // 8.769524113333…, money multiple 1.5).
        var report = new DesignReport(DesignExample.Result(), ExactEvaluationTests.Forced(10_000m), new StressScenario(0.5, 0.70m), ExactEvaluationTests.Forced(20_000m));

        string json = Json(report);

        Assert.Equal(ExpectedJson.Replace("\"recommended_contract\": null,\n", ExpectedRecommendedContract, StringComparison.Ordinal), json);
    }

    [Fact]
    public void Without_a_stress_the_recommended_contract_has_its_exact_figures_and_a_null_stress()
    {
        string json = Json(new DesignReport(DesignExample.Result(), ExactEvaluationTests.Forced(10_000m)));

        string withoutStress = ExpectedRecommendedContract[..ExpectedRecommendedContract.IndexOf("    \"stress\": {", StringComparison.Ordinal)] + "    \"stress\": null\n  },\n";
        Assert.Equal(ExpectedJson.Replace("\"recommended_contract\": null,\n", withoutStress, StringComparison.Ordinal), json);
    }

    [Fact]
    public void A_parameter_name_a_spreadsheet_would_run_as_a_formula_is_refused_before_anything_is_written()
    {
        var grid = new DesignGrid([new DesignParameter("=cmd", [1m])]);
        DesignResult result = DesignResult.Of(new DesignSpace(grid, []), [(0L, DesignExample.Measured[0].Measures)]);
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => DesignCsv.Write(stream, result));
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [InlineData("da-DK")]
    [InlineData("ar-SA")]
    public void The_bytes_are_the_same_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal(ExpectedCsv, Csv(DesignExample.Result()));
        Assert.Equal(ExpectedJson, Json(DesignExample.Result()));
    }

    [Property(MaxTest = 200)]
    public Property The_bytes_do_not_depend_on_the_order_the_measures_are_given_in() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            DesignResult result = DesignExample.Shuffled(seed);
            return Csv(result) == ExpectedCsv && Json(result) == ExpectedJson;
        });

    private static string Csv(DesignResult result)
    {
        using var stream = new MemoryStream();
        DesignCsv.Write(stream, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Json(DesignResult result)
    {
        using var stream = new MemoryStream();
        DesignResultJson.Write(stream, result, Inputs);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Json(DesignReport report)
    {
        using var stream = new MemoryStream();
        DesignResultJson.Write(stream, report, Inputs);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The member <c>recommended_contract</c> of the design of <see cref="DesignExample"/> with the forced outcomes, indented as in design.json, up to the next member.</summary>
    private const string ExpectedRecommendedContract = """
        "recommended_contract": {
            "candidate": 1,
            "values": {
              "payments.fee.amount": 10000,
              "payments.shared.share": 0.4
            },
            "measures": {
              "payer_net_saving_p5": 32741.94,
              "payer_net_saving_p50": 32741.94,
              "payer_net_saving_p95": 32741.94,
              "payer_net_saving_mean": 32741.94,
              "payer_net_saving_positive_probability": 1.000000,
              "investor_irr_p5": 1.5753400653,
              "investor_irr_p50": 1.5753400653,
              "investor_irr_p95": 1.5753400653,
              "investor_money_multiple_p5": 1.250000,
              "investor_money_multiple_p50": 1.250000,
              "investor_money_multiple_p95": 1.250000,
              "total_payments_p5": 50000.00,
              "total_payments_p50": 50000.00,
              "total_payments_p95": 50000.00
            },
            "payments": {
              "p5": 50000.00,
              "p50": 50000.00,
              "p95": 50000.00
            },
            "savings": {
              "p5": 82741.94,
              "p50": 82741.94,
              "p95": 82741.94
            },
            "municipal_savings": null,
            "stress": {
              "leaving_factor": 0.5,
              "intake_factor": 0.7,
              "measures": {
                "payer_net_saving_p5": 22741.94,
                "payer_net_saving_p50": 22741.94,
                "payer_net_saving_p95": 22741.94,
                "payer_net_saving_mean": 22741.94,
                "payer_net_saving_positive_probability": 1.000000,
                "investor_irr_p5": 8.7695241133,
                "investor_irr_p50": 8.7695241133,
                "investor_irr_p95": 8.7695241133,
                "investor_money_multiple_p5": 1.500000,
                "investor_money_multiple_p50": 1.500000,
                "investor_money_multiple_p95": 1.500000,
                "total_payments_p5": 60000.00,
                "total_payments_p50": 60000.00,
                "total_payments_p95": 60000.00
              },
              "payments": {
                "p5": 60000.00,
                "p50": 60000.00,
                "p95": 60000.00
              },
              "savings": {
                "p5": 82741.94,
                "p50": 82741.94,
                "p95": 82741.94
              },
              "municipal_savings": null
            }
          },

        """;

    private const string ExpectedCsv = """
        candidate,payments.fee.amount,payments.shared.share,payer_net_saving_p5,payer_net_saving_p50,payer_net_saving_p95,payer_net_saving_mean,payer_net_saving_positive_probability,investor_irr_p5,investor_irr_p50,investor_irr_p95,investor_money_multiple_p5,investor_money_multiple_p50,investor_money_multiple_p95,total_payments_p5,total_payments_p50,total_payments_p95,qualifies,on_front,recommended
        0,10000,0.3,200000.00,500000.00,750000.50,500000.00,0.990000,0.0200000000,0.0500000000,0.0900000000,1.100000,1.250000,1.400000,100000.00,150000.25,200000.00,false,false,false
        1,10000,0.4,150000.00,450000.00,700000.50,450000.00,0.980000,0.0600000000,0.0900000000,0.1300000000,1.100000,1.250000,1.400000,100000.00,150000.25,200000.00,true,true,true
        2,10000,0.5,100000.00,400000.00,650000.50,400000.00,0.970000,0.0934567891,0.1234567891,0.1634567891,1.100000,1.250000,1.400000,100000.00,150000.25,200000.00,true,true,false
        3,20000,0.3,120000.00,420000.00,670000.50,420000.00,0.960000,0.0550000000,0.0850000000,0.1250000000,1.100000,1.250000,1.400000,100000.00,150000.25,200000.00,true,false,false
        4,20000,0.4,80000.00,380000.00,630000.50,380000.00,0.900000,0.1200000000,0.1500000000,0.1900000000,1.100000,1.250000,1.400000,100000.00,150000.25,200000.00,false,false,false
        5,20000,0.5,30000.00,330000.00,580000.50,330000.00,0.940000,,,,,,,100000.00,150000.25,200000.00,false,false,false
        """ + "\n";

    /// <summary>What both design.json files begin with: the format, the inputs, the parameters and the first condition.</summary>
    private const string Head = """
        {
          "format": "socialinvestment-design/1",
          "inputs": [
            {
              "role": "contract",
              "sha256": "ab"
            },
            {
              "role": "design",
              "sha256": "cd"
            }
          ],
          "parameters": [
            {
              "parameter": "payments.fee.amount",
              "values": [
                10000,
                20000
              ]
            },
            {
              "parameter": "payments.shared.share",
              "values": [
                0.3,
                0.4,
                0.5
              ]
            }
          ],
          "conditions": [
            {
              "measure": "payer_net_saving_positive_probability",
              "at_least": 0.95
            },
            {
              "measure": "investor_irr_p50",
        """ + "\n";

    private const string ExpectedJson = Head + """
              "at_least": 0.08
            }
          ],
          "candidates": 6,
          "evaluated": 6,
          "qualifying": 3,
          "recommended": 1,
          "recommended_contract": null,
          "front": [
            {
              "candidate": 1,
              "values": {
                "payments.fee.amount": 10000,
                "payments.shared.share": 0.4
              },
              "measures": {
                "payer_net_saving_p5": 150000.00,
                "payer_net_saving_p50": 450000.00,
                "payer_net_saving_p95": 700000.50,
                "payer_net_saving_mean": 450000.00,
                "payer_net_saving_positive_probability": 0.980000,
                "investor_irr_p5": 0.0600000000,
                "investor_irr_p50": 0.0900000000,
                "investor_irr_p95": 0.1300000000,
                "investor_money_multiple_p5": 1.100000,
                "investor_money_multiple_p50": 1.250000,
                "investor_money_multiple_p95": 1.400000,
                "total_payments_p5": 100000.00,
                "total_payments_p50": 150000.25,
                "total_payments_p95": 200000.00
              }
            },
            {
              "candidate": 2,
              "values": {
                "payments.fee.amount": 10000,
                "payments.shared.share": 0.5
              },
              "measures": {
                "payer_net_saving_p5": 100000.00,
                "payer_net_saving_p50": 400000.00,
                "payer_net_saving_p95": 650000.50,
                "payer_net_saving_mean": 400000.00,
                "payer_net_saving_positive_probability": 0.970000,
                "investor_irr_p5": 0.0934567891,
                "investor_irr_p50": 0.1234567891,
                "investor_irr_p95": 0.1634567891,
                "investor_money_multiple_p5": 1.100000,
                "investor_money_multiple_p50": 1.250000,
                "investor_money_multiple_p95": 1.400000,
                "total_payments_p5": 100000.00,
                "total_payments_p50": 150000.25,
                "total_payments_p95": 200000.00
              }
            }
          ],
          "miss": null
        }
        """ + "\n";

    private const string ExpectedMissJson = Head + """
              "at_least": 0.2
            }
          ],
          "candidates": 6,
          "evaluated": 6,
          "qualifying": 0,
          "recommended": null,
          "recommended_contract": null,
          "front": [],
          "miss": {
            "condition_index": 1,
            "condition": "investor_irr_p50 at_least 0.2",
            "candidate": 2,
            "shortfall": 0.07654321095,
            "message": "no candidate meets investor_irr_p50 at_least 0.2 (condition 2 of 2, among the candidates that meet the conditions before it); the nearest, candidate 2, misses it by 0.07654321095"
          }
        }
        """ + "\n";
}

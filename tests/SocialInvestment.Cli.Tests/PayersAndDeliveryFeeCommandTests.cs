namespace SocialInvestment.Cli.Tests;

/// <summary>The outputs of the contract language's second set of features through sib settle (docs/output-formats.md).</summary>
public sealed class PayersAndDeliveryFeeCommandTests
{
    private const string Participants = "participant_id,start\nanna,2026-01-05\nbo,2026-01-05\n";

    [Fact]
    public void Settle_writes_payers_csv_where_the_contract_declares_payers_and_its_parts_sum_to_the_lines()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        File.WriteAllText(Path.Combine(input.Path, "participants.csv"), Participants);
        File.WriteAllText(Path.Combine(input.Path, "contract.json"), """
            { "name": "two payers", "window": { "weeks": 52 },
              "triggers": [ { "id": "enrolled", "kind": "enrolment" } ],
              "payments": [ { "id": "fee", "kind": "fixed", "trigger": "enrolled", "amount": 1000.01 } ],
              "payers": [ { "id": "council", "share": 0.8333 }, { "id": "lcf", "share": 0.1667 } ] }
            """);
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle", "--contract", Path.Combine(input.Path, "contract.json"), "--participants", Path.Combine(input.Path, "participants.csv"), "--as-of", "2026-06-30", "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "lines.csv", "payers.csv", "summary.json" }, Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            "participant_id,payment,period,date,payer,amount,payable,capped,paid_before,due\n"
            + "anna,fee,-,2026-01-05,council,833.31,833.31,0.00,0.00,833.31\n"
            + "anna,fee,-,2026-01-05,lcf,166.70,166.70,0.00,0.00,166.70\n"
            + "bo,fee,-,2026-01-05,council,833.31,833.31,0.00,0.00,833.31\n"
            + "bo,fee,-,2026-01-05,lcf,166.70,166.70,0.00,0.00,166.70\n",
            File.ReadAllText(Path.Combine(output.Path, "payers.csv")));
    }

    [Fact]
    public void A_participant_with_the_id_of_a_delivery_fee_is_an_input_error_with_exit_code_2()
    {
        using var input = new TempFolder();
        Directory.CreateDirectory(input.Path);
        File.WriteAllText(Path.Combine(input.Path, "participants.csv"), "participant_id,start\ndelivery,2026-01-05\n");
        File.WriteAllText(Path.Combine(input.Path, "contract.json"), """
            { "name": "fee", "window": { "weeks": 52 }, "triggers": [],
              "payments": [ { "id": "delivery", "kind": "delivery_fee", "from": "2026-01", "months": 12, "monthly_amount": 100 } ] }
            """);
        using var output = new TempFolder();

        CliRun run = CliRun.Of(
            "settle", "--contract", Path.Combine(input.Path, "contract.json"), "--participants", Path.Combine(input.Path, "participants.csv"), "--as-of", "2026-06-30", "--out", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("participant_id 'delivery' is also the id of the contract's delivery_fee payment", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output.Path, "lines.csv")));
    }
}

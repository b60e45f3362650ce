using System.Text.Json.Nodes;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The public SPEC-DK cases (Cases/public-dk-*) with what issue 19 builds (<c>municipal_share</c>, <c>per_week</c>, a share
/// of the municipality's saving) taken out of the contract, so that what is built can be checked on them now.
/// </summary>
internal static class DanishCases
{
    internal static string ContractWithoutUnbuiltFields(string name, TempFolder folder)
    {
        Directory.CreateDirectory(folder.Path);
        var contract = JsonNode.Parse(File.ReadAllText(CliRun.Case(name, "contract.json")))!.AsObject();
        contract.Remove("municipal_share");
        JsonArray payments = contract["payments"]!.AsArray();
        foreach (JsonNode? payment in payments.ToList())
        {
            if ((string?)payment!["kind"] == "per_week" || payment["of"] is not null && (string?)payment["of"] == "municipality")
            {
                payments.Remove(payment);
            }
            else
            {
                payment.AsObject().Remove("of");
            }
        }

        string path = Path.Combine(folder.Path, name + "-contract.json");
        File.WriteAllText(path, contract.ToJsonString());
        return path;
    }

    /// <summary>The case's contract without its <c>per_week</c> payments (SPEC-DK DK6, not built here).</summary>
    internal static string ContractWithoutPerWeek(string name, TempFolder folder)
    {
        Directory.CreateDirectory(folder.Path);
        var contract = JsonNode.Parse(File.ReadAllText(CliRun.Case(name, "contract.json")))!.AsObject();
        JsonArray payments = contract["payments"]!.AsArray();
        foreach (JsonNode? payment in payments.Where(p => (string?)p!["kind"] == "per_week").ToList())
        {
            payments.Remove(payment);
        }

        string path = Path.Combine(folder.Path, name + "-without-per-week.json");
        File.WriteAllText(path, contract.ToJsonString());
        return path;
    }
}

using System.Text.Json.Nodes;

namespace SocialInvestment.Cli.Tests;

/// <summary>
/// The public SPEC-DK cases (Cases/public-dk-*) with what issue 19 still has to build here (<c>municipal_share</c>, a share
/// of the municipality's saving) taken out of the contract, so that what is built (a price per week among it) can be
/// checked on them now.
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
            if (payment!["of"] is not null && (string?)payment["of"] == "municipality")
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
}

using System.Text.Json;
using NodaTime;

namespace SocialInvestment.Cli;

/// <summary>
/// A sample case's <c>design-run.json</c>: the arguments of <c>sib design</c> for the case's contract.json as the
/// template, so that <c>sib audit</c> re-runs the design and compares its outputs with <c>expected/</c> (docs/design.md):
/// <code>{ "design": "design.json", "investments": "investments.csv", "intake": "2027-01:20,2027-02:20", "horizon": "2029-02-28", "runs": 200, "seed": 1, "hazards": "estimate" }</code>
/// <c>design</c> and <c>investments</c> name files in the case folder (<c>--design</c>, <c>--investments</c>); the
/// other fields are simulate.json's, read by the same code (<see cref="SimulationSpec.Projection"/>), with the same
/// hazards: <c>"estimate"</c> from the case's own earlier cohort, a hazards.csv, or a constant pair.
/// </summary>
internal static class DesignSpec
{
    internal const string FileName = "design-run.json";

    private static readonly string[] Fields = ["design", "investments", .. SimulationSpec.Fields];

    /// <summary>The request that <paramref name="file"/> describes for the case in <paramref name="folder"/>, or null with the problem.</summary>
    internal static DesignRequest? Read(FileInfo file, DirectoryInfo folder, LocalDate? asOf, out string problem)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            JsonElement root = document.RootElement;
            SimulationRequest? projection = SimulationSpec.Projection(root, FileName, Fields, folder, asOf, out problem);
            if (projection is null)
            {
                return null;
            }

            foreach (string name in (string[])["design", "investments"])
            {
                if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
                {
                    problem = $"{FileName}: {name}: expected the name of a file in the case folder, for sib design's --{name}";
                    return null;
                }
            }

            return new DesignRequest(projection, InFolder(root, "design", folder), InFolder(root, "investments", folder));
        }
        catch (Exception e) when (SimulationSpec.IsBadSpec(e))
        {
            problem = $"{FileName}: {e.Message}";
            return null;
        }
    }

    private static FileInfo InFolder(JsonElement root, string name, DirectoryInfo folder) =>
        new(Path.Combine(folder.FullName, SimulationSpec.Text(root, name)));
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace SocialInvestment.Cli;

/// <summary>
/// A sample case's <c>simulate.json</c>: the arguments of <c>sib simulate</c> for the case's contract, so that
/// <c>sib audit</c> re-runs the projection and compares its outputs with <c>expected/</c> (docs/simulation.md):
/// <code>{ "intake": "2027-01:20,2027-02:20", "horizon": "2029-03-31", "runs": 200, "seed": 1, "hazards": "estimate" }</code>
/// <c>hazards</c> is <c>"estimate"</c> (from the case's own participants.csv, spells.csv (or weeks.csv) and as_of.txt, with key.bin where
/// there is one), the name of a hazards.csv in the case folder, or <c>{ "leave": P, "return": Q }</c>; an optional
/// <c>minimum_at_risk</c> goes with <c>"estimate"</c>. <c>"planned": "planned.csv"</c> (a file in the case folder) gives the
/// plan person by person instead of <c>intake</c>.
/// </summary>
internal static class SimulationSpec
{
    internal const string FileName = "simulate.json";

    /// <summary>The fields of simulate.json: the options of <c>sib simulate</c> beside the contract.</summary>
    internal static readonly string[] Fields = ["intake", "planned", "horizon", "runs", "seed", "hazards", "minimum_at_risk"];

    /// <summary>The request that <paramref name="file"/> describes for the case in <paramref name="folder"/>, or null with the problem.</summary>
    internal static SimulationRequest? Read(FileInfo file, DirectoryInfo folder, LocalDate? asOf, out string problem)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            return Projection(document.RootElement, FileName, Fields, folder, asOf, out problem);
        }
        catch (Exception e) when (IsBadSpec(e))
        {
            problem = $"{FileName}: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The projection that <paramref name="root"/>, the object of the case file <paramref name="fileName"/>, describes
    /// with simulate.json's fields, or null with the problem. <paramref name="fields"/> are the fields the file may
    /// hold: simulate.json's <see cref="Fields"/>, and a design-run.json's own beside them (<see cref="DesignSpec"/>).
    /// Throws what <see cref="IsBadSpec"/> recognises on a field of the wrong type or a missing one.
    /// </summary>
    internal static SimulationRequest? Projection(JsonElement root, string fileName, IReadOnlyCollection<string> fields, DirectoryInfo folder, LocalDate? asOf, out string problem)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = $"{fileName}: expected an object";
            return null;
        }

        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                problem = $"{fileName}: unknown field '{property.Name}'; the fields are {string.Join(", ", fields)}";
                return null;
            }
        }

        ParseResult<LocalDate> horizon = LocalDatePattern.Iso.Parse(Text(root, "horizon"));
        if (!horizon.Success)
        {
            problem = $"{fileName}: horizon: expected an ISO date yyyy-MM-dd";
            return null;
        }

        var request = new SimulationRequest(
            new FileInfo(Path.Combine(folder.FullName, "contract.json")),
            root.TryGetProperty("intake", out JsonElement intake) ? intake.GetString() : null,
            horizon.Value,
            Number(root, "runs"),
            Number(root, "seed"))
        {
            Planned = root.TryGetProperty("planned", out JsonElement planned) ? new FileInfo(Path.Combine(folder.FullName, planned.GetString() ?? string.Empty)) : null,
        };
        JsonElement hazards = root.GetProperty("hazards");
        if (hazards.ValueKind == JsonValueKind.Object)
        {
            request = request with { Leave = hazards.GetProperty("leave").GetDouble(), Return = hazards.GetProperty("return").GetDouble() };
        }
        else if (hazards.GetString() == "estimate")
        {
            if (asOf is null)
            {
                problem = $"{fileName}: \"hazards\": \"estimate\" needs the case's as_of.txt, participants.csv and spells.csv (or weeks.csv)";
                return null;
            }

            string key = Path.Combine(folder.FullName, "key.bin");
            string weeks = Path.Combine(folder.FullName, "weeks.csv");
            bool fromWeeks = File.Exists(weeks) && !File.Exists(Path.Combine(folder.FullName, "spells.csv"));
            request = request with
            {
                EstimateParticipants = new FileInfo(Path.Combine(folder.FullName, "participants.csv")),
                EstimateSpells = fromWeeks ? null : new FileInfo(Path.Combine(folder.FullName, "spells.csv")),
                EstimateWeeks = fromWeeks ? new FileInfo(weeks) : null,
                EstimateAsOf = asOf,
                PseudonymKey = File.Exists(key) ? new FileInfo(key) : null,
                MinimumAtRisk = root.TryGetProperty("minimum_at_risk", out JsonElement minimum) ? minimum.GetInt32() : HazardEstimate.DefaultMinimumAtRisk,
            };
        }
        else
        {
            request = request with { Hazards = new FileInfo(Path.Combine(folder.FullName, hazards.GetString()!)) };
        }

        problem = string.Empty;
        return request;
    }

    /// <summary>Whether <paramref name="e"/> is how System.Text.Json reports a case file that is no JSON, or a field missing or of the wrong type.</summary>
    internal static bool IsBadSpec(Exception e) => e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException;

    /// <summary>The text of the string field <paramref name="name"/>; throws where it is missing or no string.</summary>
    internal static string Text(JsonElement root, string name) => root.GetProperty(name).GetString() ?? string.Empty;

    private static int Number(JsonElement root, string name) => root.GetProperty(name).GetInt32();
}

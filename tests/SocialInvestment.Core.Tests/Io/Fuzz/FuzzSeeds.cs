using System.Buffers;
using System.Text;
using System.Text.Json;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io.Fuzz;

/// <summary>
/// The files mutations start from: every participants, spells, events, ledger, contract, investments and weeks file of the repository's
/// samples and test cases (found by walking up from the test's folder to <c>SocialInvestment.slnx</c>), plus a small
/// built-in seed of each kind, so that the fuzz tests run wherever the tests do; each contract also minified to one line,
/// as machines write JSON. Also the cohort, contracts and key that the spells, events and weeks readers need.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Dictionary<FuzzTarget, string> FileNames = new()
    {
        [FuzzTarget.Participants] = "participants.csv",
        [FuzzTarget.Spells] = "spells.csv",
        [FuzzTarget.Events] = "events.csv",
        [FuzzTarget.Ledger] = "ledger.csv",
        [FuzzTarget.Contract] = "contract.json",
        [FuzzTarget.Investments] = "investments.csv",
        [FuzzTarget.Weeks] = "weeks.csv",
    };

    private static readonly Dictionary<FuzzTarget, string> BuiltIn = new()
    {
        [FuzzTarget.Participants] = "participant_id;cohort;start;end;completed\r\nP1;A;2024-01-01;;ja\r\nP2;\"B; C\";07.03.2024;31-12-2024;0\r\n",
        [FuzzTarget.Spells] = "participant_id,benefit,from,to,degree\nP1,kontanthjaelp,2023-06-01,2024-02-29,\"0,5\"\nP2,su,2024-01-01,,1\nX9,ukendt,2024-01-01,,\n",
        [FuzzTarget.Events] = "participant_id\toutcome\tdate\tevidence\nP1\tenters_employment\t2024-05-01\t\"note\"\"quoted\"\"\"\n",
        [FuzzTarget.Ledger] = "participant_id;payment;period;amount\nP1;fee;-;10000.00\nP1;shared;2024-05;-100,50\n",
        [FuzzTarget.Investments] = "dato;beløb\r\n01.02.2025;250.000,00\r\n2025-12-31;-12500,5\r\n",
        [FuzzTarget.Weeks] = "pnr;koen;y_2452;y_2501;y_2502;grad_2024_12;grad_2025_01\r\nP1;K;kontanthjaelp;kontanthjaelp;.;0,25;\r\nX9;M;ukendt;;su;1;.\r\nP2;K;su;.;;.;0,5\r\n",
        [FuzzTarget.Contract] = """
            {"name":"x","window":{"weeks":10},"benefits":{"kontanthjaelp":"support","su":"education"},
             "monthly_cost":{"amount":15000,"base_year":2024},
             "triggers":[{"id":"t","kind":"sustained","weeks":4,"level":"full"},{"id":"e","kind":"event","outcome":"o"},{"id":"j","kind":"employment","months":2,"min_rate":0.25,"after":"e"}],
             "payments":[{"id":"p","kind":"fixed","trigger":"t","amount":1},{"id":"s","kind":"share_of_savings","gate":"e","share":0.5}],
             "caps":{"total":100.5}}
            """,
    };

    private static readonly Lazy<Dictionary<FuzzTarget, FuzzSeed[]>> All = new(Load);
    private static readonly Lazy<IReadOnlySet<ParticipantId>> CohortOfSeeds = new(LoadCohort);

    /// <summary>The key of the samples with CPR numbers (samples/danish-export/key.bin), or a fixed one.</summary>
    internal static PseudonymKey Key { get; } = LoadKey();

    /// <summary>Everyone in a participants seed, and P1, P2: spells and events rows of both members and others.</summary>
    internal static IReadOnlySet<ParticipantId> Cohort => CohortOfSeeds.Value;

    /// <summary>A contract that maps the samples' benefit codes; any other code of a member is an error.</summary>
    internal static Contract StrictContract { get; } = Contract(unknownBenefits: null);

    /// <summary>A contract under which any benefit code counts as support.</summary>
    internal static Contract LenientContract { get; } = Contract(BenefitClass.Support);

    /// <summary>The seeds for <paramref name="target"/>'s reader.</summary>
    internal static FuzzSeed[] For(FuzzTarget target) => All.Value[target];

    /// <summary>The name messages give a file of <paramref name="target"/>.</summary>
    internal static string FileName(FuzzTarget target) => FileNames[target];

    private static Dictionary<FuzzTarget, FuzzSeed[]> Load()
    {
        string? root = RepositoryRoot();
        var seeds = new Dictionary<FuzzTarget, FuzzSeed[]>();
        foreach (var (target, fileName) in FileNames)
        {
            var found = new List<FuzzSeed> { new($"built-in {fileName}", Encoding.UTF8.GetBytes(BuiltIn[target])) };
            if (root is not null)
            {
                found.AddRange(
                    new[] { "samples", "tests" }
                        .Select(folder => Path.Combine(root, folder))
                        .Where(Directory.Exists)
                        .SelectMany(folder => Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories))
                        .Where(path => !IsBuildOutput(root, path))
                        .Order(StringComparer.Ordinal)
                        .Select(path => new FuzzSeed(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes(path))));
            }

            if (target == FuzzTarget.Contract)
            {
                found.AddRange([.. found.Select(Minified).OfType<FuzzSeed>()]);
            }

            seeds[target] = [.. found];
        }

        return seeds;
    }

    /// <summary>The contract on one line, or null where it is not JSON.</summary>
    private static FuzzSeed? Minified(FuzzSeed seed)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(seed.Bytes.AsMemory(seed.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0));
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                document.WriteTo(writer);
            }

            return new FuzzSeed(seed.Name + " (minified)", buffer.WrittenSpan.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsBuildOutput(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string? RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialInvestment.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static PseudonymKey LoadKey()
    {
        string? root = RepositoryRoot();
        string? path = root is null ? null : Path.Combine(root, "samples", "danish-export", "key.bin");
        return path is not null && File.Exists(path) ? new PseudonymKey(File.ReadAllBytes(path)) : new PseudonymKey("a fuzz key, not a secret: 32 B!!"u8);
    }

    private static HashSet<ParticipantId> LoadCohort()
    {
        var cohort = new HashSet<ParticipantId> { ParticipantId.From("P1"), ParticipantId.From("P2") };
        foreach (FuzzSeed seed in For(FuzzTarget.Participants))
        {
            using var stream = new MemoryStream(seed.Bytes);
            if (ParticipantsCsv.Read(stream, seed.Name, Key).Value is { } participants)
            {
                cohort.UnionWith(participants.Select(p => p.Id));
            }
        }

        return cohort;
    }

    private static Contract Contract(BenefitClass? unknownBenefits) => new(
        "fuzz",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits: Fixtures.Benefits,
        unknownBenefits: unknownBenefits);
}

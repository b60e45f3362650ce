using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// spells.csv is read reusing what the row before gave where a field repeats its bytes (<see cref="PreviousField"/>):
/// every value and every error must be what reading each row on its own gives, where nothing is there to reuse.
/// </summary>
public sealed class ReusingTheRowBeforeTests : IDisposable
{
    private const string Header = "participant_id;benefit;from;to;degree";

    private static readonly Contract Contract = new(
        "test",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits: new Dictionary<string, BenefitClass> { ["kontanthjaelp"] = BenefitClass.Support, ["su"] = BenefitClass.Education })
    {
        BenefitDegrees = new Dictionary<string, Degree> { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) },
    };

    private static readonly IReadOnlySet<ParticipantId> Cohort = Csv.Cohort("p1", "p2", "p3");
    private readonly string _folder = Directory.CreateTempSubdirectory("sib-row-before-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 200)]
    public Property Reusing_the_row_before_gives_the_values_and_errors_of_reading_each_row_alone() =>
        Prop.ForAll(Rows().ToArbitrary(), rows =>
        {
            string alone = EachRowAlone(rows);
            byte[] bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");
            using var file = new FileStream(Write(bytes), FileMode.Open, FileAccess.Read);
            var pieces = new ReadOptions { MaxDegreeOfParallelism = 2, MinimumBytesForPieces = 0, PiecesPerCore = 2 };

            Assert.Equal(alone, Describe(SpellsCsv.Read(new MemoryStream(bytes), "spells.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 1 })));
            Assert.Equal(alone, Describe(SpellsCsv.Read(file, "spells.csv", Contract, Cohort, options: pieces)));
        });

    [Fact]
    public void The_row_before_is_kept_across_the_row_loops_batches()
    {
        // Rows n - 1 and n (0-based) are the last of one call of the row loop and the first of the next.
        int n = CsvInput.RowsPerCall;
        var rows = new string[(2 * n) + 188];
        for (int i = 0; i < rows.Length; i++)
        {
            string id = i < n ? "p1" : i < rows.Length - 100 ? "p2" : "x1";
            string degree = i == n - 1 || i == n ? "2" : i == (2 * n) - 1 ? "0.50" : "0,5";
            string from = i == n ? "2024-13-01" : "2024-01-01";
            rows[i] = string.Join(';', id, i % 3 == 0 ? "su" : "kontanthjaelp", from, string.Empty, degree);
        }

        string alone = EachRowAlone(rows);
        byte[] bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(alone, Describe(SpellsCsv.Read(new MemoryStream(bytes), "spells.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 1 })));

        // Without the errors, the values are every row's: the degree of row 2n - 1 is read again, not kept from the row before.
        rows[n - 1] = rows[n - 2];
        rows[n] = rows[n + 1];
        alone = EachRowAlone(rows);
        Assert.StartsWith("skipped 100\n", alone);
        bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(alone, Describe(SpellsCsv.Read(new MemoryStream(bytes), "spells.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 1 })));
    }

    [Fact]
    public void A_bad_field_repeated_on_the_next_row_is_reported_on_both_rows()
    {
        string text = Header + "\np1;su;2024-13-01;;2\np1;su;2024-13-01;;2\np1;su;2024-01-01;;1\n";

        var result = SpellsCsv.Read(Csv.Utf8(text), "spells.csv", Contract, Cohort);

        Assert.Equal([2, 2, 3, 3], result.Errors.Select(e => e.Line));
        Assert.Equal([3, 5, 3, 5], result.Errors.Select(e => e.Column));
    }

    /// <summary>What reading the rows gives, read one at a time: each row alone at its own line, the errors joined as one reading collects them.</summary>
    private static string EachRowAlone(IReadOnlyList<string> rows)
    {
        var errors = new ErrorCollector("spells.csv");
        var spells = new List<string>();
        int skipped = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            // Blank lines are passed over but counted: the row stays on its line.
            string text = Header + "\n" + new string('\n', i) + rows[i] + "\n";
            var result = SpellsCsv.Read(Csv.Utf8(text), "spells.csv", Contract, Cohort, options: new ReadOptions { MaxDegreeOfParallelism = 1 });
            foreach (InputError error in result.Errors)
            {
                errors.Add(error.Line, error.Column, error.Message);
            }

            if (result.Succeeded)
            {
                spells.AddRange(result.Value!.Items.Select(Describe));
                skipped += result.Value!.SkippedRows;
            }
        }

        return errors.Count == 0 ? $"skipped {skipped}\n" + string.Join("\n", spells) : string.Join("\n", errors.Errors);
    }

    private static string Describe(ReadResult<InputRows<BenefitSpell>> result) =>
        result.Succeeded
            ? $"skipped {result.Value!.SkippedRows}\n" + string.Join("\n", result.Value!.Items.Select(Describe))
            : string.Join("\n", result.Errors);

    private static string Describe(BenefitSpell s) => $"{s.ParticipantId} {s.BenefitCode} {s.From} {s.To} {s.Degree?.Value}";

    /// <summary>Rows whose fields come from a few values each, so that most repeat the row before, some of them bad.</summary>
    private static Gen<string[]> Rows() =>
        Gen.ArrayOf(
            from id in Gen.Frequency((20, Gen.Elements("p1", "p2", "x1")), (1, Gen.Elements("bad id", string.Empty, "010190-1234")))
            from code in Gen.Frequency((20, Gen.Elements("kontanthjaelp", "su", " su ")), (1, Gen.Elements("ukendt", string.Empty)))
            from start in Gen.Frequency((20, Gen.Elements("2024-01-01", "15-03-2024")), (1, Gen.Elements("2024-13-01", "x", string.Empty)))
            from to in Gen.Frequency((20, Gen.Elements(string.Empty, "2024-12-31")), (1, Gen.Elements("01-01-2023", "nope")))
            from degree in Gen.Frequency((20, Gen.Elements(string.Empty, "1", "0,5", "0.50")), (1, Gen.Elements("2", "-1", "x")))
            from blank in Gen.Frequency((20, Gen.Constant(false)), (1, Gen.Constant(true)))
            select blank ? string.Empty : string.Join(';', id, code, start, to, degree));

    private string Write(byte[] bytes)
    {
        string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

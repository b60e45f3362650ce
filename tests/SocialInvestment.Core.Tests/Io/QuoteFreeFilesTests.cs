using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// A UTF-8 file without quotes is read by <see cref="QuoteFreeRecords"/> from its header on, any other file by CsvHelper.
/// Both must read a file alike: a random spells.csv or participants.csv, good and bad values, blank lines and all, read
/// as it is and with its header's first name quoted (which sends it to CsvHelper) gives the same rows and the same errors.
/// </summary>
public sealed class QuoteFreeFilesTests
{
    private static readonly Contract Contract = Csv.Contract();
    private static readonly IReadOnlySet<ParticipantId> Cohort = Csv.Cohort("p1", "p2");

    [Property(MaxTest = 300)]
    public Property Spells_read_alike_with_and_without_a_quote() =>
        Prop.ForAll(Files("participant_id", "benefit", "from", "to", "degree").ToArbitrary(), file =>
        {
            ReadResult<InputRows<BenefitSpell>> plain = SpellsCsv.Read(Csv.Utf8(file.Text, file.Bom), "spells.csv", Contract, Cohort);
            ReadResult<InputRows<BenefitSpell>> quoted = SpellsCsv.Read(Csv.Utf8(Quoted(file.Text), file.Bom), "spells.csv", Contract, Cohort);
            Assert.Equal(quoted.Errors, plain.Errors);
            Assert.Equal(Rows(quoted.Value), Rows(plain.Value));
        });

    [Property(MaxTest = 300)]
    public Property Participants_read_alike_with_and_without_a_quote() =>
        Prop.ForAll(Files("participant_id", "start", "end", "completed").ToArbitrary(), file =>
        {
            ReadResult<IReadOnlyList<Participant>> plain = ParticipantsCsv.Read(Csv.Utf8(file.Text, file.Bom), "participants.csv");
            ReadResult<IReadOnlyList<Participant>> quoted = ParticipantsCsv.Read(Csv.Utf8(Quoted(file.Text), file.Bom), "participants.csv");
            Assert.Equal(quoted.Errors, plain.Errors);
            Assert.Equal(quoted.Value?.Select(p => $"{p} {p.End} {p.Completed}"), plain.Value?.Select(p => $"{p} {p.End} {p.Completed}"));
        });

    [Fact]
    public void A_file_without_quotes_is_read_without_CsvHelper_and_one_with_a_quote_with_it()
    {
        InputEncoding.Sniffed plain = InputEncoding.Sniff(Csv.Utf8("participant_id;start\r\np1;2024-01-01\n"));
        InputEncoding.Sniffed quoted = InputEncoding.Sniff(Csv.Utf8("\"participant_id\";start\np1;2024-01-01\n"));
        InputEncoding.Sniffed loneReturn = InputEncoding.Sniff(Csv.Utf8("participant_id;start\rp1;2024-01-01\n"));

        Assert.True(plain.QuoteFree);
        Assert.False(quoted.QuoteFree);
        Assert.False(loneReturn.QuoteFree);
    }

    private static string Quoted(string text)
    {
        int at = text.IndexOf("participant_id", StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), "\"participant_id\"", text.AsSpan(at + "participant_id".Length));
    }

    private static string? Rows(InputRows<BenefitSpell>? rows) =>
        rows is null ? null : $"{string.Join("\n", rows.Items)}\nskipped {rows.SkippedRows}";

    private static Gen<QuoteFreeFile> Files(params string[] header) =>
        from separator in Gen.Elements(";", ",")
        from before in Gen.Elements(string.Empty, "\n", "\r\n\r\n")
        from rows in Gen.ListOf(Row(separator, header.Length))
        from ends in Gen.ArrayOf(Gen.Elements("\n", "\r\n"), rows.Count + 1)
        from last in Gen.Elements(true, false)
        from bom in Gen.Elements(true, false)
        select new QuoteFreeFile(
            before + string.Join(separator, header) + ends[0]
                + string.Concat(rows.Select((row, i) => row + (i < rows.Count - 1 || last ? ends[i + 1] : string.Empty))),
            bom);

    private static Gen<string> Row(string separator, int fields) =>
        Gen.Frequency(
            (8, from values in Gen.ArrayOf(Value(), fields) select string.Join(separator, values)),
            (1, from values in Gen.ArrayOf(Value(), fields + 1) select string.Join(separator, values)),
            (1, Gen.Elements(string.Empty, "   ", separator + separator, "p1")));

    private static Gen<string> Value() =>
        Gen.Elements(
            "p1", " p2 ", "p3", string.Empty, "kontanthjaelp", "su", "ukendt", "2024-01-01", "2024-02-30", " 2024-03-31",
            "01-02-2024", "1", "0.5", "2", "x", "true", "ja", "0101901234", "æble");

    internal sealed record QuoteFreeFile(string Text, bool Bom);
}

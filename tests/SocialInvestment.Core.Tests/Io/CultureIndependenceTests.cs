using System.Globalization;
using NodaTime;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The library reads and writes the same bytes whatever the current culture of the calling application: under da-DK
/// (decimal comma, <c>aa</c> sorted after <c>z</c>) and ar-SA (Arabic separators, a letter mark before the minus sign) as
/// under the invariant culture. The sample read here has a ledger and negative amounts (money credited back); Danish
/// dates and decimal commas are read by the other readers' tests, which CI runs under both cultures too.
/// </summary>
public sealed class CultureIndependenceTests
{
    [Theory]
    [InlineData("da-DK")]
    [InlineData("ar-SA")]
    public void Reading_settling_and_writing_a_sample_gives_the_same_bytes_as_under_the_invariant_culture(string culture)
    {
        IReadOnlyList<byte[]> invariant = SettleRestatement(CultureInfo.InvariantCulture.Name);

        IReadOnlyList<byte[]> other = SettleRestatement(culture);

        Assert.Equal(invariant.Count, other.Count);
        for (int i = 0; i < invariant.Count; i++)
        {
            Assert.True(invariant[i].AsSpan().SequenceEqual(other[i]), $"output {i} differs under {culture}");
        }
    }

    [Theory]
    [InlineData("da-DK")]
    [InlineData("ar-SA")]
    public void Error_messages_are_the_same_as_under_the_invariant_culture(string culture)
    {
        const string Ledger = "participant_id;payment;period;amount\nP1;fee;-;-100,505\nP1;fee;2025-13;1e3\nP2;fee;-;-1.5.0\n";
        const string Contract = """{ "name": "x", "window": { "weeks": 104.5 }, "partial_max_support": -1.25, "triggers": [], "payments": [], "caps": { "total": 0.001 } }""";
        string invariant;
        using (new CultureScope(CultureInfo.InvariantCulture.Name))
        {
            invariant = Messages(Ledger, Contract);
        }

        using var scope = new CultureScope(culture);
        Assert.Equal(invariant, Messages(Ledger, Contract));
    }

    private static string Messages(string ledger, string contract) => string.Join(
        "\n",
        LedgerCsv.Read(Csv.Utf8(ledger), "ledger.csv").Errors.Concat(ContractJson.Read(Csv.Utf8(contract), "contract.json").Errors));

    /// <summary>lines.csv (as the settlement's table and as a plain list of lines), summary.json and outcomes.csv of samples/restatement.</summary>
    private static List<byte[]> SettleRestatement(string culture)
    {
        using var scope = new CultureScope(culture);
        string folder = RepositoryFolder.PathOf("samples", "restatement");
        Contract contract = Read(folder, "contract.json", (s, n) => ContractJson.Read(s, n));
        IReadOnlyList<Participant> participants = Read(folder, "participants.csv", (s, n) => ParticipantsCsv.Read(s, n));
        var cohort = participants.Select(p => p.Id).ToHashSet();
        InputRows<BenefitSpell> spells = Read(folder, "spells.csv", (s, n) => SpellsCsv.Read(s, n, contract, cohort));
        Ledger ledger = Read(folder, "ledger.csv", (s, n) => LedgerCsv.Read(s, n));
        SettlementResult result = SocialInvestment.Settlement.Run(contract, participants, spells.Items, [], new LocalDate(2026, 6, 30), ledger);

        var outputs = new List<byte[]>
        {
            Written(stream => LinesCsv.Write(stream, result.Lines)),
            Written(stream => LinesCsv.Write(stream, result.Lines.ToList())),
            Written(stream => SummaryJson.Write(stream, result, [new InputFile("contract", "00")], new InputCounts(spells.TotalRows, spells.SkippedRows, 0, 0, ledger.Rows))),
            Written(stream => OutcomesCsv.Write(stream, contract, result.Outcomes)),
        };
        Assert.Contains(",-", System.Text.Encoding.UTF8.GetString(outputs[0]), StringComparison.Ordinal);
        return outputs;
    }

    private static T Read<T>(string folder, string file, Func<Stream, string, ReadResult<T>> read)
        where T : class
    {
        using FileStream stream = File.OpenRead(Path.Combine(folder, file));
        ReadResult<T> result = read(stream, file);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Value!;
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}

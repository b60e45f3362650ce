using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The bad-input corpus: each folder of BadInput holds one bad file (its name says which reader) and expected.txt, the
/// exact first error. Spells, events and weeks are read with a contract mapping kontanthjaelp and su and a cohort of P1 and P2;
/// a key.bin beside the file is the pseudonym key.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "BadInput");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_twelve_cases() => Assert.True(Cases().Count >= 12);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_expected_first_error(string name)
    {
        string dir = Path.Combine(Root, name);
        string expected = File.ReadAllText(Path.Combine(dir, "expected.txt")).TrimEnd('\r', '\n');
        string keyPath = Path.Combine(dir, "key.bin");
        PseudonymKey? key = File.Exists(keyPath) ? new PseudonymKey(File.ReadAllBytes(keyPath)) : null;
        string file = Directory.GetFiles(dir, "*.csv").Single();
        string fileName = Path.GetFileName(file);
        using FileStream stream = File.OpenRead(file);
        IReadOnlyList<InputError> errors = fileName switch
        {
            "participants.csv" => ParticipantsCsv.Read(stream, fileName, key).Errors,
            "spells.csv" => SpellsCsv.Read(stream, fileName, Csv.Contract(), Csv.Cohort("P1", "P2"), key).Errors,
            "events.csv" => EventsCsv.Read(stream, fileName, Csv.Cohort("P1", "P2"), key).Errors,
            "ledger.csv" => LedgerCsv.Read(stream, fileName).Errors,
            "investments.csv" => InvestmentsCsv.Read(stream, fileName).Errors,
            "weeks.csv" => WeeksCsv.Read(stream, fileName, Csv.Contract(), Csv.Cohort("P1", "P2"), key).Errors,
            _ => throw new InvalidOperationException($"No reader for {fileName}."),
        };
        Assert.NotEmpty(errors);
        Assert.Equal(expected, errors[0].ToString());
    }
}

using System.Text.RegularExpressions;
using NodaTime;

namespace SocialInvestment.Cli.Tests.Report;

/// <summary>The IRR's note: in English the library's own sentence, in Danish the same for every outcome of the search.</summary>
public sealed partial class IrrWordsTests
{
    public static TheoryData<string, decimal[]> Outcomes => new()
    {
        { "found", [-100m, 110m] },
        { "several", [-100m, 230m, -132m] },
        { "no flows", [] },
        { "money out only", [-100m, -50m] },
        { "money in only", [100m] },
        { "no root", [-1m, 1m, -1m] },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void The_danish_note_says_what_the_english_says_in_danish_words(string what, decimal[] amounts)
    {
        CashFlow[] flows = [.. amounts.Select((a, i) => new CashFlow(new LocalDate(2025, 1, 1).PlusYears(i), a < 0 ? CashFlowKind.Investment : CashFlowKind.Repayment, Money.FromAmount(a)))];
        IrrResult irr = DiscountedCashFlow.Xirr(flows);

        string english = IrrWords.Explain(irr, flows, Language.English);
        string danish = IrrWords.Explain(irr, flows, Language.Danish);

        Assert.Equal(irr.Explanation, english);
        Assert.StartsWith(irr.Rate is null ? "Ingen intern rente: " : "Intern rente ", danish, StringComparison.Ordinal);
        string[] englishWords = [.. Letters().Matches(english).Select(m => m.Value.ToLowerInvariant()).Except(["xirr"])];
        string[] left = [.. Letters().Matches(danish).Select(m => m.Value.ToLowerInvariant()).Where(englishWords.Contains)];
        Assert.True(left.Length == 0, $"{what}: '{danish}' keeps {string.Join(", ", left)}");
        // Every rate of the English note, in Danish form (a decimal comma, a point between thousands).
        Assert.Equal(
            Percentages().Matches(english).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)),
            Percentages().Matches(danish).Select(m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')));
        Assert.Contains(what switch { "money out only" => "penge ud", "money in only" => "penge ind", _ => string.Empty }, danish, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex("-?[\\d.,]*\\d %")]
    private static partial Regex Percentages();
}

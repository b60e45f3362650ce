namespace SocialInvestment.Cli;

/// <summary>
/// The sentence that says which internal rate of return was chosen and why, or why there is none, in a language: in
/// English the library's own sentence (<see cref="IrrResult.Explanation"/>, as economics.json's <c>irr_note</c> has it),
/// in Danish the same sentence in Danish words and number formats.
/// </summary>
internal static class IrrWords
{
    /// <summary>The rates the search covers, as fractions a year (docs/economics.md): −99.99 % to 100,000,000 %.</summary>
    private const decimal LowestRate = -0.9999m;
    private const decimal HighestRate = 1_000_000m;

    /// <summary>The sentence for <paramref name="irr"/>, the IRR of <paramref name="flows"/> (whose sign says, where every flow has one sign, which).</summary>
    internal static string Explain(IrrResult irr, IReadOnlyList<CashFlow> flows, Language language)
    {
        if (!language.IsDanish)
        {
            return irr.Explanation;
        }

        ReportFormat f = language.Format;
        string Rate(double rate) => f.Percent((decimal)rate);
        return irr.Status switch
        {
            IrrStatus.Found => $"Intern rente {Rate(irr.Rate!.Value)} om året: den eneste rente, der giver en nutidsværdi på 0.",
            IrrStatus.SeveralFound =>
                $"Intern rente {Rate(irr.Rate!.Value)} om året, ud af {irr.Roots.Count} renter, der giver en nutidsværdi på 0 ({string.Join("; ", irr.Roots.Select(Rate))}): "
                + "betalingsstrømmene skifter fortegn mere end én gang; den rente, der ligger nærmest 10 %, er angivet, sådan som et regnearks XIRR oftest ville finde den ud fra sit standardgæt.",
            IrrStatus.NoFlows => "Ingen intern rente: der er ingen betalingsstrømme (eller de går i nul på hver dato), så enhver rente giver en nutidsværdi på 0.",
            IrrStatus.OneSign => $"Ingen intern rente: alle betalingsstrømme er penge {(flows.Sum(c => c.Amount.Amount) < 0 ? "ud" : "ind")}, så ingen rente giver en nutidsværdi på 0.",
            _ => $"Ingen intern rente: ingen rente fra {f.Percent(LowestRate)} til {f.Percent(HighestRate)} om året giver en nutidsværdi på 0.",
        };
    }
}

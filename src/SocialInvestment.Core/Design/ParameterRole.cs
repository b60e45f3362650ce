namespace SocialInvestment;

/// <summary>
/// What a design parameter changes of a settlement (docs/design.md, "The screening engine"), by its name
/// (docs/design.md, "Parameters"): the amounts of one payment's lines (<see cref="SetsAmounts"/>: a fixed price or
/// timed price, a share, a deadweight, a fee's contract value, a weekly amount), only the walk of the lines in SPEC §8
/// order (a volume tier's price, a payment's or the contract's cap), or which lines there are (<c>max_weeks</c>). A
/// name it does not know is taken to change the lines, which is never wrong, only slower.
/// </summary>
/// <param name="Payment">The id of the payment whose line amounts the parameter sets; null where it sets none.</param>
/// <param name="ChangesLines">Whether the parameter changes which lines there are, so that each of its values needs lines of its own.</param>
internal readonly record struct ParameterRole(string? Payment, bool ChangesLines)
{
    private static readonly string[] AmountFields = ["amount", "share", "deadweight", "monthly_amount", "contract_value"];
    private static readonly string[] WalkFields = ["cap.amount", "cap.count", "cap.participant_share"];

    /// <summary>Whether the parameter sets the amounts of <see cref="Payment"/>'s lines.</summary>
    internal bool SetsAmounts => Payment is not null;

    /// <summary>The role of the parameter <paramref name="name"/> of a design on <paramref name="template"/>.</summary>
    internal static ParameterRole Of(string name, Contract template)
    {
        if (name.StartsWith("caps.", StringComparison.Ordinal))
        {
            return new ParameterRole(null, false);
        }

        // The longest id first, so that the field of payment "a.b" is never read as that of payment "a".
        foreach (string id in template.Payments.Select(p => p.Id).OrderByDescending(id => id.Length))
        {
            string prefix = "payments." + id + ".";
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string field = name[prefix.Length..];
            if (AmountFields.Contains(field) || IsIndexed(field, "prices"))
            {
                return new ParameterRole(id, false);
            }

            if (WalkFields.Contains(field) || IsIndexed(field, "tiers"))
            {
                return new ParameterRole(null, false);
            }

            break;
        }

        return new ParameterRole(null, true);
    }

    /// <summary>Whether <paramref name="field"/> is <c>list[n].amount</c>.</summary>
    private static bool IsIndexed(string field, string list) =>
        field.StartsWith(list + "[", StringComparison.Ordinal)
        && field.EndsWith("].amount", StringComparison.Ordinal)
        && field.Length > list.Length + "[].amount".Length
        && field.AsSpan(list.Length + 1, field.Length - list.Length - "[].amount".Length).ToString().All(char.IsAsciiDigit);
}

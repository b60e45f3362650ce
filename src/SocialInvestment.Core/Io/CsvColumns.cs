namespace SocialInvestment.Io;

/// <summary>The fields of the input files (SPEC §2) with the header names of Danish exports.</summary>
internal static class CsvColumns
{
    internal static readonly CsvColumn ParticipantId = new("participant_id", "participant_id", "id", "deltager_id", "deltager id");
    /// <summary>A DREAM extract's id column (SPEC-DK DK1): the names of <see cref="ParticipantId"/>, and <c>pnr</c>, a research extract's person number.</summary>
    internal static readonly CsvColumn ExtractParticipantId = new("participant_id", "participant_id", "id", "deltager_id", "deltager id", "pnr");
    internal static readonly CsvColumn Cpr = new("cpr", "cpr", "CPR nummer", "cpr_nr", "cprnr", "cpr-nummer");
    internal static readonly CsvColumn Cohort = new("cohort", "cohort", "kohorte", "hold");
    internal static readonly CsvColumn Municipality = new("municipality", "municipality", "kommune");
    internal static readonly CsvColumn Start = new("start", "start", "startdato", "start_dato");
    internal static readonly CsvColumn End = new("end", "end", "slut", "slutdato", "slut_dato");
    internal static readonly CsvColumn Completed = new("completed", "completed", "gennemført", "gennemfoert");
    /// <summary>A participant's own monthly cost (SPEC-DK DK4).</summary>
    internal static readonly CsvColumn MonthlyCost = new("monthly_cost", "monthly_cost", "maanedlig_udgift");
    internal static readonly CsvColumn Benefit = new("benefit", "benefit", "ydelse", "ydelseskode", "ydelse_kode");
    internal static readonly CsvColumn From = new("from", "from", "fra", "fra_dato", "Ydelse startdato");
    internal static readonly CsvColumn To = new("to", "to", "til", "til_dato", "Ydelse slutdato");
    internal static readonly CsvColumn Degree = new("degree", "degree", "grad");
    internal static readonly CsvColumn Week = new("week", "week", "uge");
    internal static readonly CsvColumn Outcome = new("outcome", "outcome", "resultat");
    internal static readonly CsvColumn Date = new("date", "date", "dato");
    internal static readonly CsvColumn Evidence = new("evidence", "evidence", "dokumentation");
    internal static readonly CsvColumn Payment = new("payment", "payment", "betaling");
    internal static readonly CsvColumn Period = new("period", "period", "periode");
    internal static readonly CsvColumn Amount = new("amount", "amount", "beløb", "beloeb");
}

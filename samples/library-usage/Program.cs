// Settles a sample case through the SocialInvestment.Core package, as a .NET application outside this repository
// would: read the contract and the CSV exports from streams, settle, write lines.csv, print the totals.
//
//     dotnet run --project samples/library-usage -- samples/kvinder-i-job /tmp/library-usage
using NodaTime;
using NodaTime.Text;
using SocialInvestment;
using SocialInvestment.Io;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: LibraryUsage CASE_FOLDER OUT_FOLDER (a case folder holds contract.json, participants.csv, spells.csv and as_of.txt)");
    return 2;
}

string folder = args[0];
ParseResult<LocalDate> asOf = LocalDatePattern.Iso.Parse(File.ReadAllText(Path.Combine(folder, "as_of.txt")).Trim());
if (!asOf.Success)
{
    Console.Error.WriteLine($"error: as_of.txt: {asOf.Exception.Message}");
    return 2;
}

var errors = new List<InputError>();
Contract? contract = Read(Path.Combine(folder, "contract.json"), errors, (stream, name) => ContractJson.Read(stream, name));
IReadOnlyList<Participant>? participants = Read(Path.Combine(folder, "participants.csv"), errors, (stream, name) => ParticipantsCsv.Read(stream, name));
if (contract is null || participants is null)
{
    return Fail(errors);
}

// Spells of people outside the cohort are skipped (and counted): municipal exports hold everyone on benefits.
var cohort = participants.Select(p => p.Id).ToHashSet();
InputRows<BenefitSpell>? spells = Read(Path.Combine(folder, "spells.csv"), errors, (stream, name) => SpellsCsv.Read(stream, name, contract, cohort));
if (spells is null)
{
    return Fail(errors);
}

SettlementResult result = Settlement.Run(contract, participants, spells.Items, events: [], asOf.Value);

Directory.CreateDirectory(args[1]);
using (FileStream lines = File.Create(Path.Combine(args[1], "lines.csv")))
{
    LinesCsv.Write(lines, result.Lines);
}

Console.WriteLine($"contract: {result.Contract.Name}");
Console.WriteLine($"participants: {result.Outcomes.Count}");
Console.WriteLine($"spells skipped outside the cohort: {spells.SkippedRows}");
Console.WriteLine($"lines: {result.Totals.Lines}");
Console.WriteLine($"payable: {result.Totals.Payable}");
Console.WriteLine($"due: {result.Totals.Due}");
return 0;

static T? Read<T>(string path, List<InputError> errors, Func<Stream, string, ReadResult<T>> read)
    where T : class
{
    using FileStream stream = File.OpenRead(path);
    ReadResult<T> result = read(stream, Path.GetFileName(path));
    errors.AddRange(result.Errors);
    return result.Value;
}

// Every error found, each with file, line and column, so that all of them are fixed in one round.
static int Fail(List<InputError> errors)
{
    foreach (InputError error in errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    return 2;
}

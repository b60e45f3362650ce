using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SocialInvestment.Io;
using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// <see cref="ParticipantsCsv.Write"/> and <see cref="SpellsCsv.Write"/> (what <c>sib generate</c> writes): the standard
/// dialect is UTF-8, <c>,</c>, ISO dates, <c>.</c> and <c>true/false</c> with <c>\n</c>; the Danish export is
/// Windows-1252, <c>;</c>, <c>dd-MM-yyyy</c>, <c>,</c> and <c>ja/nej</c> with <c>\r\n</c> and Danish headers. Either reads
/// back as it was written.
/// </summary>
public class InputWriterTests
{
    private static readonly Participant[] TwoParticipants =
    [
        new(ParticipantId.From("P1"), D("2026-01-05"), D("2026-05-22"), completed: true, cohort: "hold æ"),
        new(ParticipantId.From("P2"), D("2026-02-02"), completed: false),
    ];

    /// <summary>A spell with a degree of its own and one without, which is written with an empty degree cell.</summary>
    private static readonly BenefitSpell[] TwoSpells =
    [
        new(ParticipantId.From("P1"), "kontanthjaelp", D("2025-06-01"), D("2026-03-31"), Degree.FromDecimal(0.5m)),
        new(ParticipantId.From("P2"), "su", D("2026-01-01")),
    ];

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Participants_in_the_standard_dialect()
    {
        byte[] bytes = Written(s => ParticipantsCsv.Write(s, TwoParticipants));

        Assert.Equal(
            "participant_id,cohort,start,end,completed\nP1,hold æ,2026-01-05,2026-05-22,true\nP2,,2026-02-02,,false\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Participants_in_the_Danish_export_dialect()
    {
        byte[] bytes = Written(s => ParticipantsCsv.Write(s, TwoParticipants, InputDialect.DanishExport));

        Assert.Equal(
            "deltager_id;hold;startdato;slutdato;gennemført\r\nP1;hold æ;05-01-2026;22-05-2026;ja\r\nP2;;02-02-2026;;nej\r\n",
            Csv.Windows1252.GetString(bytes));
        Assert.Contains((byte)0xE6, bytes);
    }

    [Fact]
    public void Spells_in_the_standard_dialect()
    {
        byte[] bytes = Written(s => SpellsCsv.Write(s, TwoSpells));

        Assert.Equal(
            "participant_id,benefit,from,to,degree\nP1,kontanthjaelp,2025-06-01,2026-03-31,0.5\nP2,su,2026-01-01,,\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Spells_in_the_Danish_export_dialect()
    {
        byte[] bytes = Written(s => SpellsCsv.Write(s, TwoSpells, InputDialect.DanishExport));

        Assert.Equal(
            "deltager_id;ydelse;Ydelse startdato;Ydelse slutdato;grad\r\nP1;kontanthjaelp;01-06-2025;31-03-2026;0,5\r\nP2;su;01-01-2026;;\r\n",
            Csv.Windows1252.GetString(bytes));
    }

    [Fact]
    public void The_writers_leave_the_stream_open_in_both_dialects()
    {
        foreach (InputDialect dialect in new[] { InputDialect.Standard, InputDialect.DanishExport })
        {
            using var stream = new MemoryStream();
            ParticipantsCsv.Write(stream, TwoParticipants, dialect);
            SpellsCsv.Write(stream, TwoSpells, dialect);
            Assert.True(stream.CanWrite);
        }
    }

    private static Arbitrary<(Participant[] Participants, BenefitSpell[] Spells, InputDialect Dialect)> Cohorts()
    {
        Gen<LocalDate> date = Gen.Choose(0, 2000).Select(d => new LocalDate(2024, 1, 1).PlusDays(d));
        Gen<Participant> participant =
            from n in Gen.Choose(1, 9999)
            from start in date
            from days in Gen.Choose(-1, 400)
            from completed in Gen.Elements(true, false)
            from cohort in Gen.Elements<string?>(null, "A", "hold 2", "Ærø", "x,y", "x;y", "\"q\"")
            select new Participant(ParticipantId.From($"P{n}"), start, days < 0 ? null : start.PlusDays(days), completed, cohort);
        Gen<BenefitSpell> spell =
            from n in Gen.Choose(1, 9999)
            from code in Gen.Elements("kontanthjaelp", "su", "ydelse æ", "a;b", "a,b")
            from first in date
            from days in Gen.Choose(-1, 400)
            from degree in Gen.Elements(1m, 0.5m, 0.25m, 0.001m, 0.9999m)
            select new BenefitSpell(ParticipantId.From($"P{n}"), code, first, days < 0 ? null : first.PlusDays(days), Degree.FromDecimal(degree));
        return (from ps in Gen.ArrayOf(participant)
                from ss in Gen.ArrayOf(spell)
                from dialect in Gen.Elements(InputDialect.Standard, InputDialect.DanishExport)
                select (ps.DistinctBy(p => p.Id).ToArray(), ss, dialect)).ToArbitrary();
    }

    [Property(MaxTest = 100)]
    public Property What_is_written_reads_back_as_it_was() =>
        Prop.ForAll(Cohorts(), c =>
        {
            var participants = ParticipantsCsv.Read(new MemoryStream(Written(s => ParticipantsCsv.Write(s, c.Participants, c.Dialect))), "participants.csv");
            Contract contract = Csv.Contract(BenefitClass.Support);
            var spells = SpellsCsv.Read(
                new MemoryStream(Written(s => SpellsCsv.Write(s, c.Spells, c.Dialect))), "spells.csv", contract, c.Spells.Select(s => s.ParticipantId).ToHashSet());

            return participants.Succeeded && spells.Succeeded
                && participants.Value!.Select(p => (p.Id, p.Start, p.End, p.Completed, p.Cohort))
                    .SequenceEqual(c.Participants.Select(p => (p.Id, p.Start, p.End, p.Completed, p.Cohort)))
                && spells.Value!.Items.Select(s => (s.ParticipantId, s.BenefitCode, s.From, s.To, s.Degree))
                    .SequenceEqual(c.Spells.Select(s => (s.ParticipantId, s.BenefitCode, s.From, s.To, s.Degree)));
        });
}

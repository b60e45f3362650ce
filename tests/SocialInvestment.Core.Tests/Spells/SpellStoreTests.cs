using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Spells;

/// <summary>
/// How spells are held in memory: the store joins pieces of a file read on several cores in file order, the cohort's view
/// puts each participant's rows together, and the list view gives every row back as it was read.
/// </summary>
public sealed class SpellStoreTests
{
    private static readonly string[] Codes = ["kontanthjaelp", "su", "sygedagpenge"];

    private static readonly BenefitSpell[] Rows =
    [
        Spell("a", "kontanthjaelp", "2026-01-01", "2026-01-31"),
        Spell("a", "su", "2026-02-01", "2026-02-28"),
        Spell("a", "su", "2026-03-01", "2026-03-31", 0.5m),
        Spell("b", "sygedagpenge", "2026-01-10"),
        Spell("b", "kontanthjaelp", "2026-04-01", "2026-04-30"),
    ];

    [Fact]
    public void Pieces_are_joined_in_file_order_with_codes_numbered_anew()
    {
        // The second piece meets its codes in another order than the first, so its code indexes must be mapped.
        SpellStore store = Build([Rows[..2], Rows[2..]]);

        Assert.Equal(["kontanthjaelp", "su", "sygedagpenge"], store.Codes);
        AssertSameSpells(Rows, new SpellList(store));
    }

    [Fact]
    public void A_run_that_goes_on_into_the_next_piece_is_one_run()
    {
        SpellStore store = Build([Rows[..2], Rows[2..]]);

        Assert.Equal([P("a"), P("b")], store.People);
        Assert.Equal([0, 3], store.RunStart.ToArray());
    }

    [Fact]
    public void A_piece_that_starts_with_another_person_starts_a_run()
    {
        SpellStore store = Build([Rows[..3], Rows[3..]]);

        Assert.Equal([P("a"), P("b")], store.People);
        Assert.Equal([0, 3], store.RunStart.ToArray());
        AssertSameSpells(Rows, new SpellList(store));
    }

    [Fact]
    public void A_person_whose_rows_are_spread_has_one_run_per_stretch()
    {
        BenefitSpell[] spread = [Rows[0], Rows[3], Rows[1]];
        SpellStore store = SpellStore.Of(spread, Contract());

        Assert.Equal([P("a"), P("b"), P("a")], store.People);
        Assert.Equal([0, 1, 2], store.RunStart.ToArray());
        Assert.Equal([0, 1, 2], Enumerable.Range(0, 3).Select(store.RunOf));
    }

    [Fact]
    public void Pieces_of_more_than_one_block_are_copied_whole()
    {
        // A block holds 65,536 rows: the first piece fills one and starts a second, the second piece maps its codes.
        var first = Enumerable.Range(0, 70_000).Select(i => Spell($"p{i / 7}", i % 2 == 0 ? "kontanthjaelp" : "su", "2026-01-01", "2026-01-02")).ToArray();
        var second = Enumerable.Range(0, 70_000).Select(i => Spell($"q{i / 7}", i % 3 == 0 ? "sygedagpenge" : "su", "2026-01-01")).ToArray();

        SpellStore store = Build([first, second]);

        Assert.Equal(140_000, store.Count);
        Assert.Equal(20_000, store.People.Count);
        AssertSameSpells([.. first, .. second], new SpellList(store));
    }

    [Theory]
    [InlineData(10, 10, 10, true)] // each piece's slice holds just its rows: nothing moves
    [InlineData(11, 12, 10, true)] // room left after the first pieces: the later rows move down within the array
    [InlineData(9, 10, 10, false)] // the first piece has more rows than its slice: the rest go on into blocks
    [InlineData(20, 20, 20, false)] // half the array would stay unused: the rows are copied into an array of their own
    public void Pieces_in_slices_of_one_array_are_joined_as_pieces_in_blocks(int firstRoom, int secondRoom, int thirdRoom, bool inPlace)
    {
        // Three pieces of ten rows that meet their codes in different orders, a person going on from one into the next.
        BenefitSpell[][] pieces = [.. Enumerable.Range(0, 3).Select(k => Enumerable.Range(0, 10)
            .Select(i => Spell($"p{((10 * k) + i) / 4}", Codes[(i + k) % 3], "2026-01-01", i % 2 == 0 ? null : "2026-02-01", i % 4 == 0 ? 0.5m : 1m))
            .ToArray())];
        int[] rooms = [firstRoom, secondRoom, thirdRoom];
        int[] firsts = [0, firstRoom, firstRoom + secondRoom];
        SpellRecord[] shared = SpellStoreBuilder.SharedArray(rooms.Sum());

        SpellStore store = SpellStoreBuilder.Build([.. pieces.Select((piece, k) => Filled(SpellStoreBuilder.InSlice(shared, firsts[k], rooms[k]), piece))]);

        SpellStore blocks = Build(pieces);
        Assert.Equal(blocks.Codes, store.Codes);
        Assert.Equal(blocks.People, store.People);
        Assert.Equal(blocks.RunStart.ToArray(), store.RunStart.ToArray());
        Assert.Equal(blocks.Rows.ToArray(), store.Rows.ToArray());
        AssertSameSpells(pieces.SelectMany(p => p), new SpellList(store));
        Assert.Equal(inPlace, ReferenceEquals(shared, store.RowArray));
    }

    [Fact]
    public void The_list_view_gives_each_row_by_index_and_refuses_one_outside()
    {
        var list = new SpellList(SpellStore.Of(Rows, Contract()));

        Assert.Equal(Rows.Length, list.Count);
        AssertSameSpells(Rows, Enumerable.Range(0, list.Count).Select(i => list[i]));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => list[Rows.Length]).ParamName);
    }

    [Fact]
    public void The_cohort_view_puts_a_participants_spread_rows_together_in_file_order()
    {
        // a's rows around b's and around a row of someone outside the cohort.
        BenefitSpell[] spread = [Rows[0], Rows[3], Spell("x", "kontanthjaelp", "2026-01-01"), Rows[1], Rows[4], Rows[2]];
        CohortIndex cohort = CohortIndex.Of([Person("a", "2026-01-01"), Person("b", "2026-01-01")], "participants");

        CohortSpells spells = CohortSpells.Build(new SpellList(SpellStore.Of(spread, Contract())), cohort, Contract());

        Assert.Equal([Rows[0].From, Rows[1].From, Rows[2].From], spells.Of(0).ToArray().Select(r => DayNumber.ToDate(r.From)));
        Assert.Equal([Rows[3].From, Rows[4].From], spells.Of(1).ToArray().Select(r => DayNumber.ToDate(r.From)));
    }

    [Fact]
    public void The_cohort_view_of_rows_already_together_leaves_out_others_and_classes_each_code()
    {
        BenefitSpell[] rows = [Spell("x", "boligstoette", "2026-01-01"), .. Rows];
        CohortIndex cohort = CohortIndex.Of([Person("a", "2026-01-01"), Person("b", "2026-01-01")], "participants");

        CohortSpells spells = CohortSpells.Build(rows, cohort, Contract());

        Assert.Equal(3, spells.Of(0).Length);
        Assert.Equal([Rows[3].From, Rows[4].From], spells.Of(1).ToArray().Select(r => DayNumber.ToDate(r.From)));
        Assert.Equal([BenefitClass.Ignore, BenefitClass.Support, BenefitClass.Education, BenefitClass.Support], spells.Classes);
    }

    [Fact]
    public void An_unmapped_code_is_an_error_for_a_cohort_member_only()
    {
        CohortIndex cohort = CohortIndex.Of([Person("a", "2026-01-01")], "participants");
        BenefitSpell outsider = Spell("x", "ukendt", "2026-01-01");
        BenefitSpell member = Spell("a", "ukendt", "2026-01-01");

        Assert.Equal(1, CohortSpells.Build([outsider, Rows[0]], cohort, Contract()).Of(0).Length);
        var error = Assert.Throws<ArgumentException>(() => CohortSpells.Build([Rows[0], member], cohort, Contract()));
        Assert.Equal("spells", error.ParamName);
        Assert.StartsWith("Benefit code 'ukendt' is not mapped by the contract.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_gives_a_spell_without_a_degree_the_code_s_degree_and_keeps_a_spell_s_own()
    {
        var contract = new Contract("c", new ObservationWindow(WindowAnchor.Start, 52), [], [], Benefits)
        {
            BenefitDegrees = new Dictionary<string, Degree> { ["kontanthjaelp"] = Degree.FromDecimal(0.5m) },
        };
        BenefitSpell[] spells =
        [
            new(P("a"), "kontanthjaelp", D("2026-01-01")),
            new(P("a"), "kontanthjaelp", D("2026-02-01"), degree: Degree.FromDecimal(0.75m)),
            new(P("a"), "sygedagpenge", D("2026-03-01")),
        ];

        var list = new SpellList(SpellStore.Of(spells, contract));

        Assert.Equal([0.5m, 0.75m, 1m], list.Select(s => s.Degree?.Value));
    }

    [Fact]
    public void A_spell_checks_its_code_and_its_days()
    {
        var noCode = Assert.Throws<ArgumentException>(() => new BenefitSpell(P("a"), string.Empty, D("2026-01-01")));
        Assert.Equal("benefitCode", noCode.ParamName);
        Assert.StartsWith("A benefit code must not be empty.", noCode.Message, StringComparison.Ordinal);
        var backwards = Assert.Throws<ArgumentException>(() => new BenefitSpell(P("a"), "su", D("2026-01-02"), D("2026-01-01")));
        Assert.Equal("to", backwards.ParamName);
        Assert.StartsWith("A spell's last day is before its first.", backwards.Message, StringComparison.Ordinal);
        Assert.Equal(D("2026-01-01"), new BenefitSpell(P("a"), "su", D("2026-01-01"), D("2026-01-01")).To);
    }

    [Fact]
    public void A_spell_reads_as_its_row()
    {
        Assert.Equal("a su 2026-03-01..2026-03-31 0.5", Rows[2].ToString());
        Assert.Equal("b sygedagpenge 2026-01-10.. 1", Rows[3].ToString());
    }

    private static SpellStore Build(IEnumerable<IEnumerable<BenefitSpell>> pieces) =>
        SpellStoreBuilder.Build([.. pieces.Select(piece => Filled(new SpellStoreBuilder(), piece))]);

    private static SpellStoreBuilder Filled(SpellStoreBuilder builder, IEnumerable<BenefitSpell> piece)
    {
        foreach (BenefitSpell s in piece)
        {
            builder.Add(s.ParticipantId, s.BenefitCode, s.From, s.To, s.Degree!.Value);
        }

        return builder;
    }

    private static void AssertSameSpells(IEnumerable<BenefitSpell> expected, IEnumerable<BenefitSpell> actual) =>
        Assert.Equal(expected.Select(s => s.ToString()), actual.Select(s => s.ToString()));
}

using NodaTime;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// Weeks files (SPEC-DK DK1) in both forms: what each cell means, the spells they give (a run of weeks of one code and
/// degree is one spell from its first Monday to its last Sunday), what is skipped and counted, and every error with its
/// line, column and exact message.
/// </summary>
public sealed class WeeksCsvTests
{
    private static readonly LocalDate W2401 = new(2024, 1, 1);

    [Fact]
    public void A_wide_row_gives_a_spell_for_each_run_of_weeks_with_one_code()
    {
        WeeksInput weeks = Value("participant_id,y_2401,y_2402,y_2403,y_2404,y_2405\nP1,kontanthjaelp,kontanthjaelp,.,su,kontanthjaelp\n");

        Assert.Equal(
            ["P1 kontanthjaelp 2024-01-01..2024-01-14 1", "P1 su 2024-01-22..2024-01-28 1", "P1 kontanthjaelp 2024-01-29..2024-02-04 1"],
            weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Fact]
    public void An_empty_cell_or_a_lone_dot_is_no_benefit_and_a_cell_is_trimmed()
    {
        WeeksInput weeks = Value("participant_id;y_2401;y_2402;y_2403;y_2404\nP1; su ;;\" . \";\" su\"\n");

        Assert.Equal(["P1 su 2024-01-01..2024-01-07 1", "P1 su 2024-01-22..2024-01-28 1"], weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Fact]
    public void A_run_goes_on_over_the_end_of_an_ISO_year()
    {
        // 2024 has 52 ISO weeks, 2026 has 53.
        WeeksInput weeks = Value("participant_id,y_2452,y_2501\nP1,su,su\n");
        WeeksInput withWeek53 = Value("participant_id,y_2652,y_2653,y_2701\nP1,.,su,su\n");

        Assert.Equal("P1 su 2024-12-23..2025-01-05 1", Assert.Single(weeks.Spells.Items).ToString());
        Assert.Equal("P1 su 2026-12-28..2027-01-10 1", Assert.Single(withWeek53.Spells.Items).ToString());
    }

    [Theory]
    [InlineData("y_8952", "2089-12-26")]
    [InlineData("y_9001", "1990-01-01")]
    [InlineData("Y_2401", "2024-01-01")]
    [InlineData("y-2401", "2024-01-01")]
    public void A_week_column_is_20YY_below_90_and_19YY_from_90_in_any_letter_case(string column, string monday)
    {
        WeeksInput weeks = Value($"participant_id,{column}\nP1,su\n");

        Assert.Equal(Fixtures.D(monday), Assert.Single(weeks.Spells.Items).From);
        Assert.Equal(column, weeks.Extract.FirstWeekColumn);
    }

    [Fact]
    public void A_wide_week_has_the_degree_the_contract_gives_its_code()
    {
        Contract contract = new(
            "degrees",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 100m)],
            new Dictionary<string, BenefitClass> { ["774"] = BenefitClass.Support, ["701"] = BenefitClass.Support })
        {
            BenefitDegrees = new Dictionary<string, Degree> { ["774"] = Degree.FromDecimal(0.5m) },
        };

        WeeksInput weeks = Value("pnr,y_2401,y_2402\nP1,774,701\n", contract: contract);

        Assert.Equal([0.5m, 1m], weeks.Spells.Items.Select(s => s.Degree!.Value.Value));
    }

    [Fact]
    public void Columns_other_than_the_id_weeks_and_rates_are_ignored()
    {
        WeeksInput weeks = Value("koen,participant_id,alder,y_2401,benefit,week,grad,kommune\nK,P1,41,su,x,y,z,Koege\n");

        Assert.Equal("P1 su 2024-01-01..2024-01-07 1", Assert.Single(weeks.Spells.Items).ToString());
    }

    [Theory]
    [InlineData("participant_id")]
    [InlineData("id")]
    [InlineData("deltager_id")]
    [InlineData("Deltager ID")]
    [InlineData("pnr")]
    [InlineData("PNR")]
    public void A_wide_file_names_people_by_participant_id_or_its_aliases_or_pnr(string header)
    {
        WeeksInput weeks = Value($"{header};y_2401\nP1;su\n");

        Assert.Equal("P1", Assert.Single(weeks.Spells.Items).ParticipantId.Value);
    }

    [Fact]
    public void A_wide_file_of_CPR_numbers_gives_the_pseudonyms()
    {
        ParticipantId pseudonym = Pseudonym("0101901234");

        WeeksInput weeks = Value("cpr;y_2401\n010190-1234;su\n0202901234;su\n", cohort: new HashSet<ParticipantId> { pseudonym }, key: Csv.Key);

        Assert.Equal(pseudonym, Assert.Single(weeks.Spells.Items).ParticipantId);
        Assert.Equal(1, weeks.Spells.SkippedRows);
    }

    [Fact]
    public void A_wide_file_of_CPR_numbers_without_a_key_is_an_error_at_the_header()
    {
        Assert.Equal(
            ["weeks.csv:1:1: cpr: a file with CPR numbers needs a pseudonym key: give a key file with --pseudonym-key (CPR numbers are only used as keyed pseudonyms)"],
            Errors(Read("cpr;y_2401\n0101901234;su\n")));
    }

    [Fact]
    public void A_second_row_of_one_CPR_number_is_an_error_that_names_the_first_line_and_not_the_number()
    {
        Assert.Equal(
            ["weeks.csv:3:1: cpr: a second row for the same CPR number as on line 2: a wide weeks file has one row per person"],
            Errors(Read("cpr;y_2401\n0101901234;su\n010190-1234;.\n", key: Csv.Key)));
    }

    [Fact]
    public void Rows_of_people_outside_the_cohort_are_skipped_and_counted_and_their_codes_need_no_mapping()
    {
        WeeksInput weeks = Value("pnr;y_2401;y_2402\nX1;ukendt;ukendt\nP1;su;.\nX2;.;.\n");

        Assert.Equal("P1", Assert.Single(weeks.Spells.Items).ParticipantId.Value);
        Assert.Equal(2, weeks.Spells.SkippedRows);
        Assert.Equal(3, weeks.Extract.Persons);
        Assert.Equal(1, weeks.Extract.CohortPersons);
    }

    [Fact]
    public void The_rows_of_people_outside_the_cohort_are_checked_for_form()
    {
        Assert.Equal(
            [
                "weeks.csv:2:1: participant_id: expected an id that does not begin with '-' (a spreadsheet would read it as a formula), found '-X1'",
                "weeks.csv:3:3: grad_2024_01: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '2'",
                "weeks.csv:4:1: participant_id: a second row for participant 'X2', first on line 3: a wide weeks file has one row per person",
            ],
            Errors(Read("pnr;y_2401;grad_2024_01\n-X1;ukendt;\nX2;ukendt;2\nX2;.;.\n")));
    }

    [Fact]
    public void A_cohort_member_with_no_row_had_no_benefit()
    {
        WeeksInput weeks = Value("pnr;y_2401\nX1;su\n", cohort: Csv.Cohort("P1", "P2"));

        Assert.Empty(weeks.Spells.Items);
        Assert.Equal(0, weeks.Extract.CohortPersons);
    }

    [Fact]
    public void Rates_are_read_for_the_cohort_with_an_empty_cell_or_dot_as_0()
    {
        WeeksInput weeks = Value("pnr;grad_2025_01;y_2401;grad_2024_12;grad_2025_02;grad_2025_03\nP1;0,25;su;1;.;\nX1;0.5;;1;1;1\n");

        EmploymentRates rates = weeks.EmploymentRates;
        Assert.Equal([new YearMonth(2024, 12), new YearMonth(2025, 1), new YearMonth(2025, 2), new YearMonth(2025, 3)], rates.Months);
        Assert.Equal(0.25m, rates.RateOf(Fixtures.P("P1"), new YearMonth(2025, 1)));
        Assert.Equal(1m, rates.RateOf(Fixtures.P("P1"), new YearMonth(2024, 12)));
        Assert.Equal(0m, rates.RateOf(Fixtures.P("P1"), new YearMonth(2025, 2)));
        Assert.Equal(0m, rates.RateOf(Fixtures.P("P1"), new YearMonth(2025, 3)));
        Assert.Null(rates.RateOf(Fixtures.P("P1"), new YearMonth(2025, 4)));
        Assert.Equal(0m, rates.RateOf(Fixtures.P("X1"), new YearMonth(2025, 1)));
    }

    [Theory]
    [InlineData("0.123456789", 0.123456789)]
    [InlineData("0,0001", 0.0001)]
    [InlineData("1,0000", 1)]
    [InlineData("0", 0)]
    public void A_rate_is_kept_exactly(string text, double expected)
    {
        WeeksInput weeks = Value($"pnr;y_2401;grad_2024_01\nP1;.;{text}\n");

        Assert.Equal((decimal)expected, weeks.EmploymentRates.RateOf(Fixtures.P("P1"), new YearMonth(2024, 1)));
    }

    [Fact]
    public void A_wide_file_without_rate_columns_knows_no_month()
    {
        WeeksInput weeks = Value("pnr;y_2401\nP1;su\n");

        Assert.Empty(weeks.EmploymentRates.Months);
        Assert.Empty(weeks.Extract.EmploymentMonths);
    }

    [Fact]
    public void A_decimal_comma_is_read_in_a_comma_separated_file_where_quoted()
    {
        WeeksInput weeks = Value("pnr,y_2401,grad_2024_01\nP1,su,\"0,5\"\n");

        Assert.Equal(0.5m, weeks.EmploymentRates.RateOf(Fixtures.P("P1"), new YearMonth(2024, 1)));
    }

    [Fact]
    public void A_Windows_1252_extract_with_Danish_letters_is_read()
    {
        string text = "pnr;køn;y_2401;y_2402;grad_2024_01;kommune\r\nP1;K;ydelse_æ;ydelse_æ;0,5;Køge\r\n";
        Contract contract = Contract(("ydelse_æ", BenefitClass.Support));

        WeeksInput weeks = WeeksCsv.Read(Csv.Bytes(text, Csv.Windows1252), "weeks.csv", contract, Csv.Cohort("P1")).GetValueOrThrow();

        Assert.Equal("P1 ydelse_æ 2024-01-01..2024-01-14 1", Assert.Single(weeks.Spells.Items).ToString());
        Assert.Equal(0.5m, weeks.EmploymentRates.RateOf(Fixtures.P("P1"), new YearMonth(2024, 1)));
    }

    [Fact]
    public void A_wide_extract_is_described_by_its_columns_period_people_weeks_codes_and_months()
    {
        WeeksExtract extract = Value(
            "koen;Y_2451;y_2452;y_2501;pnr;grad_2025_01;grad_2024_12\nK;b;b;a;P1;;\nK;A;.;A;P2;;\nK;z;z;z;X1;;\n",
            contract: Contract(("A", BenefitClass.Support), ("a", BenefitClass.Support), ("b", BenefitClass.Education)),
            cohort: Csv.Cohort("P1", "P2", "P3")).Extract;

        Assert.Equal(WeeksForm.Wide, extract.Form);
        Assert.Equal(("Y_2451", 2), (extract.FirstWeekColumn, extract.FirstWeekColumnNumber));
        Assert.Equal(("y_2501", 4), (extract.LastWeekColumn, extract.LastWeekColumnNumber));
        Assert.Equal(new LocalDate(2024, 12, 16), extract.FirstMonday);
        Assert.Equal(new LocalDate(2025, 1, 5), extract.LastSunday);
        Assert.Equal((3, 2), (extract.Persons, extract.CohortPersons));
        Assert.Equal(5, extract.CodedWeeks);
        Assert.Equal([new("A", 2L), new("a", 1L), new KeyValuePair<string, long>("b", 2L)], extract.CodeWeeks);
        Assert.Equal([new YearMonth(2024, 12), new YearMonth(2025, 1)], extract.EmploymentMonths);
    }

    [Fact]
    public void A_week_53_of_a_year_with_52_ISO_weeks_is_an_error_naming_the_column()
    {
        Assert.Equal(
            [
                "weeks.csv:1:3: y_2553: week 53 does not exist in the ISO year 2025, which has 52 weeks",
                "weeks.csv:1:4: y_2600: week 00 does not exist in the ISO year 2026, which has 53 weeks",
            ],
            Errors(Read("pnr;y_2552;y_2553;y_2600;y_2601\nP1;su;su;su;su\n")));
    }

    [Theory]
    [InlineData("y_2401;y_2402;y_2404;y_2405", "weeks.csv:1:4: y_2404: out of order: expected y_2403, the week after column 3 (y_2402); the y_ columns must be consecutive ISO weeks in header order, with no gap")]
    [InlineData("y_2402;y_2401", "weeks.csv:1:3: y_2401: out of order: expected y_2403, the week after column 2 (y_2402); the y_ columns must be consecutive ISO weeks in header order, with no gap")]
    [InlineData("y_2452;y_2502", "weeks.csv:1:3: y_2502: out of order: expected y_2501, the week after column 2 (y_2452); the y_ columns must be consecutive ISO weeks in header order, with no gap")]
    [InlineData("y_2401;y_2402;Y_2402;y_2403", "weeks.csv:1:4: Y_2402: repeats column 3 (y_2402); the y_ columns must be consecutive ISO weeks in header order, each once")]
    public void Week_columns_out_of_order_repeated_or_with_a_gap_are_an_error_naming_the_first_column_out_of_order(string columns, string expected)
    {
        Assert.Equal([expected], Errors(Read($"pnr;{columns}\nP1{string.Concat(Enumerable.Repeat(";su", columns.Split(';').Length))}\n")));
    }

    [Theory]
    [InlineData("grad_2025_13")]
    [InlineData("grad_2025_00")]
    [InlineData("grad_0000_01")]
    public void A_rate_column_of_no_calendar_month_is_an_error_naming_the_column(string column)
    {
        Assert.Equal(
            [$"weeks.csv:1:3: {column}: expected grad_YYYY_MM naming a calendar month (a year from 0001, a month from 01 to 12)"],
            Errors(Read($"pnr;y_2401;{column}\nP1;su;\n")));
    }

    [Fact]
    public void A_rate_column_that_repeats_a_month_is_an_error_naming_the_column()
    {
        Assert.Equal(
            ["weeks.csv:1:4: GRAD_2025_01: repeats column 3 (grad_2025_01); give each month one grad_ column"],
            Errors(Read("pnr;y_2401;grad_2025_01;GRAD_2025_01\nP1;su;;\n")));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("-0,1")]
    [InlineData("abc")]
    [InlineData("0.2.5")]
    [InlineData(",5")]
    public void A_rate_not_from_0_to_1_is_an_error_at_its_cell(string text)
    {
        Assert.Equal(
            [$"weeks.csv:2:3: grad_2024_01: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '{text}'"],
            Errors(Read($"pnr;y_2401;grad_2024_01\nP1;su;\"{text}\"\n")));
    }

    [Fact]
    public void An_unmapped_code_of_a_cohort_member_is_an_error_at_its_first_week_of_the_row()
    {
        Assert.Equal(
            [
                "weeks.csv:2:3: y_2401: the benefit code 'ukendt' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
                "weeks.csv:2:5: y_2403: the benefit code 'andet' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
                "weeks.csv:3:3: y_2401: the benefit code 'ukendt' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
            ],
            Errors(Read("pnr;koen;y_2401;y_2402;y_2403;y_2404\nP1;K;ukendt;ukendt;andet;ukendt\nP2;K;ukendt;.;.;.\nX1;K;ukendt;.;.;.\n", cohort: Csv.Cohort("P1", "P2"))));
    }

    [Fact]
    public void Unmapped_codes_are_weeks_of_support_where_the_contract_takes_unknown_codes()
    {
        WeeksInput weeks = Value("pnr;y_2401\nP1;ukendt\n", contract: Csv.Contract(BenefitClass.Support));

        Assert.Equal("ukendt", Assert.Single(weeks.Spells.Items).BenefitCode);
    }

    [Fact]
    public void A_second_row_for_one_person_is_an_error_naming_the_first_line()
    {
        Assert.Equal(
            ["weeks.csv:4:1: participant_id: a second row for participant 'P1', first on line 2: a wide weeks file has one row per person"],
            Errors(Read("pnr;y_2401\nP1;su\nX1;.\nP1;.\n")));
    }

    [Fact]
    public void A_wide_header_without_an_id_column_is_an_error()
    {
        Assert.Equal(
            ["weeks.csv:1: missing column participant_id or cpr (accepted names: participant_id, id, deltager_id, deltager id, pnr; or cpr, CPR nummer, cpr_nr, cprnr, cpr-nummer)"],
            Errors(Read("koen;y_2401\nK;su\n")));
    }

    [Fact]
    public void Every_problem_of_a_header_is_reported_and_stops_reading()
    {
        Assert.Equal(
            [
                "weeks.csv:1:3: y_2553: week 53 does not exist in the ISO year 2025, which has 52 weeks",
                "weeks.csv:1:4: grad_2025_13: expected grad_YYYY_MM naming a calendar month (a year from 0001, a month from 01 to 12)",
            ],
            Errors(Read("pnr;y_2552;y_2553;grad_2025_13\nP1;nope;nope;nope\n")));
    }

    [Theory]
    [InlineData("2026-W05")]
    [InlineData("2026-w05")]
    [InlineData("2026W05")]
    [InlineData("2026w05")]
    [InlineData("202605")]
    [InlineData("2026-01-26")]
    [InlineData("01-02-2026")]
    [InlineData("28.01.2026")]
    public void A_long_week_is_an_ISO_week_or_the_ISO_week_that_holds_a_date(string week)
    {
        WeeksInput weeks = Value($"participant_id,week,benefit\nP1,{week},su\n");

        Assert.Equal("P1 su 2026-01-26..2026-02-01 1", Assert.Single(weeks.Spells.Items).ToString());
    }

    [Fact]
    public void A_long_week_is_of_the_ISO_week_numbering_year()
    {
        // 2025-12-29 is the Monday of 2026-W01; 2027-01-01 is in 2026-W53.
        WeeksInput weeks = Value("participant_id,week,benefit\nP1,2026-W01,su\nP1,01.01.2027,kontanthjaelp\n");

        Assert.Equal(["P1 su 2025-12-29..2026-01-04 1", "P1 kontanthjaelp 2026-12-28..2027-01-03 1"], weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Fact]
    public void A_persons_consecutive_long_rows_of_one_code_and_degree_are_one_spell_in_any_order()
    {
        WeeksInput weeks = Value("participant_id;week;benefit\nP1;2026-W03;su\nP1;2026-W02;su\nP1;2026-W04;su\nP1;2026-W02;su\nP1;2026-W07;su\nP1;2026-W01;su\n");

        Assert.Equal(["P1 su 2026-01-05..2026-01-25 1", "P1 su 2026-02-09..2026-02-15 1", "P1 su 2025-12-29..2026-01-04 1"], weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Fact]
    public void Long_rows_of_several_codes_in_one_week_are_joined_code_by_code()
    {
        WeeksInput weeks = Value("participant_id;week;benefit\nP1;2026-W01;su\nP1;2026-W01;kontanthjaelp\nP1;2026-W02;su\nP1;2026-W02;kontanthjaelp\nP2;2026-W03;su\n", cohort: Csv.Cohort("P1", "P2"));

        Assert.Equal(
            ["P1 su 2025-12-29..2026-01-11 1", "P1 kontanthjaelp 2025-12-29..2026-01-11 1", "P2 su 2026-01-12..2026-01-18 1"],
            weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Fact]
    public void A_long_row_has_its_own_degree_else_the_contracts_for_its_code_else_1()
    {
        Contract contract = new(
            "degrees",
            new ObservationWindow(WindowAnchor.Start, 104),
            [new EnrolmentTrigger("enrolled")],
            [new FixedPayment("fee", "enrolled", 100m)],
            new Dictionary<string, BenefitClass> { ["774"] = BenefitClass.Support, ["701"] = BenefitClass.Support })
        {
            BenefitDegrees = new Dictionary<string, Degree> { ["774"] = Degree.FromDecimal(0.5m) },
        };

        WeeksInput weeks = Value("participant_id;week;benefit;degree\nP1;2026-W01;774;\nP1;2026-W02;774;0,75\nP1;2026-W03;774;0.5\nP1;2026-W04;701;\n", contract: contract);

        Assert.Equal(
            ["P1 774 2025-12-29..2026-01-04 0.5", "P1 774 2026-01-12..2026-01-18 0.5", "P1 774 2026-01-05..2026-01-11 0.75", "P1 701 2026-01-19..2026-01-25 1"],
            weeks.Spells.Items.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("participant_id;uge;ydelse;grad")]
    [InlineData("id;Uge;Ydelseskode;degree")]
    [InlineData("deltager_id;week;ydelse_kode;grad")]
    public void A_long_file_takes_the_Danish_names_of_its_columns(string header)
    {
        WeeksInput weeks = Value($"{header}\nP1;2026-W05;su;0,5\n");

        Assert.Equal("P1 su 2026-01-26..2026-02-01 0.5", Assert.Single(weeks.Spells.Items).ToString());
    }

    [Fact]
    public void A_long_file_names_people_by_participant_id_not_pnr()
    {
        Assert.Equal(
            ["weeks.csv:1: missing column participant_id or cpr (accepted names: participant_id, id, deltager_id, deltager id; or cpr, CPR nummer, cpr_nr, cprnr, cpr-nummer)"],
            Errors(Read("pnr;week;benefit\nP1;2026-W05;su\n")));
    }

    [Fact]
    public void A_long_header_without_week_or_benefit_is_an_error_naming_the_accepted_names()
    {
        Assert.Equal(
            ["weeks.csv:1: missing column week (accepted names: week, uge)", "weeks.csv:1: missing column benefit (accepted names: benefit, ydelse, ydelseskode, ydelse_kode)"],
            Errors(Read("participant_id;grad_2025_01\nP1;0,5\n")));
    }

    [Fact]
    public void A_long_file_of_CPR_numbers_gives_the_pseudonyms()
    {
        ParticipantId pseudonym = Pseudonym("0101901234");

        WeeksInput weeks = Value("cpr;uge;ydelse\n0101901234;2026-W01;su\n010190-1234;2026-W02;su\n0202901234;2026-W02;su\n", cohort: new HashSet<ParticipantId> { pseudonym }, key: Csv.Key);

        Assert.Equal($"{pseudonym.Value} su 2025-12-29..2026-01-11 1", Assert.Single(weeks.Spells.Items).ToString());
        Assert.Equal((2, 1), (weeks.Extract.Persons, weeks.Extract.CohortPersons));
        Assert.Equal(1, weeks.Spells.SkippedRows);
    }

    [Fact]
    public void Long_rows_of_people_outside_the_cohort_are_skipped_and_counted_and_checked_for_form()
    {
        WeeksInput weeks = Value("participant_id;week;benefit;degree\nX1;2026-W01;ukendt;\nP1;2026-W02;su;\nX1;2026-W03;ukendt;0,5\n");
        Assert.Equal(2, weeks.Spells.SkippedRows);

        Assert.Equal(
            [
                "weeks.csv:2:2: week: expected a week yyyy-Www, yyyyWww or yyyyww (2026-W05, 2026W05, 202605) or a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '2026-W1'",
                "weeks.csv:3:3: benefit: expected a benefit code (a week without benefit has no row), found '.'",
                "weeks.csv:4:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '2'",
            ],
            Errors(Read("participant_id;week;benefit;degree\nX1;2026-W1;ukendt;\nX1;2026-W02;.;\nX1;2026-W03;ukendt;2\n")));
    }

    [Theory]
    [InlineData("2026-W5")]
    [InlineData("2026/05")]
    [InlineData("W05")]
    [InlineData("26-W05")]
    [InlineData("2026-13-01")]
    [InlineData("2026-W05-1")]
    [InlineData("2026_W05")]
    public void An_unreadable_long_week_is_an_error_at_its_cell(string week)
    {
        Assert.Equal(
            [$"weeks.csv:2:2: week: expected a week yyyy-Www, yyyyWww or yyyyww (2026-W05, 2026W05, 202605) or a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '{week}'"],
            Errors(Read($"participant_id;week;benefit\nP1;{week};su\n")));
    }

    [Theory]
    [InlineData("2025-W53", "week 53 does not exist in the ISO year 2025, which has 52 weeks, found '2025-W53'")]
    [InlineData("2026W00", "week 00 does not exist in the ISO year 2026, which has 53 weeks, found '2026W00'")]
    [InlineData("202554", "week 54 does not exist in the ISO year 2025, which has 52 weeks, found '<digits hidden>'")]
    [InlineData("0000-W01", "week 01 does not exist in the ISO year 0000, which has 0 weeks, found '0000-W01'")]
    [InlineData("9999-W52", "expected a week that ends by 9999-12-31, found '9999-W52'")]
    [InlineData("31-12-9999", "expected a week that ends by 9999-12-31, found '31-12-9999'")]
    public void A_long_week_that_does_not_exist_is_an_error_at_its_cell(string week, string expected)
    {
        Assert.Equal([$"weeks.csv:2:2: week: {expected}"], Errors(Read($"participant_id;week;benefit\nP1;{week};su\n")));
    }

    [Theory]
    [InlineData("", "nothing")]
    [InlineData(".", "'.'")]
    public void An_empty_or_dot_long_benefit_is_an_error_as_a_week_without_benefit_has_no_row(string benefit, string found)
    {
        Assert.Equal(
            [$"weeks.csv:2:3: benefit: expected a benefit code (a week without benefit has no row), found {found}"],
            Errors(Read($"participant_id;week;benefit\nP1;2026-W05;{benefit}\n")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1,5")]
    [InlineData("-0,5")]
    [InlineData("halv")]
    public void A_long_degree_outside_0_to_1_is_an_error_at_its_cell(string degree)
    {
        Assert.Equal(
            [$"weeks.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '{degree}'"],
            Errors(Read($"participant_id;week;benefit;degree\nP1;2026-W05;su;{degree}\n")));
    }

    [Fact]
    public void An_unmapped_long_code_of_a_cohort_member_is_an_error_at_its_cell()
    {
        Assert.Equal(
            ["weeks.csv:3:3: benefit: the benefit code 'ukendt' is not mapped by the contract's benefits (map it there, or set unknown_benefits)"],
            Errors(Read("participant_id;week;benefit\nX1;2026-W05;ukendt\nP1;2026-W05;ukendt\n")));
    }

    [Fact]
    public void A_long_table_is_described_by_its_period_people_and_each_person_week_counted_once()
    {
        WeeksExtract extract = Value(
            "participant_id;week;benefit\nX1;2025-W52;ukendt\nP1;2026-W01;su\nP1;2026-W01;kontanthjaelp\nP1;2026-W01;su\nP2;2026-W02;su\nP1;2026-W02;su\nX1;2026-W09;ukendt\n",
            cohort: Csv.Cohort("P1", "P2", "P3")).Extract;

        Assert.Equal(WeeksForm.Long, extract.Form);
        Assert.Equal((null, 0, null, 0), (extract.FirstWeekColumn, extract.FirstWeekColumnNumber, extract.LastWeekColumn, extract.LastWeekColumnNumber));
        Assert.Equal(new LocalDate(2025, 12, 22), extract.FirstMonday);
        Assert.Equal(new LocalDate(2026, 3, 1), extract.LastSunday);
        Assert.Equal((3, 2), (extract.Persons, extract.CohortPersons));
        Assert.Equal(3, extract.CodedWeeks);
        Assert.Equal([new("kontanthjaelp", 1L), new KeyValuePair<string, long>("su", 3L)], extract.CodeWeeks);
        Assert.Empty(extract.EmploymentMonths);
    }

    [Fact]
    public void A_long_table_without_rows_has_no_period()
    {
        WeeksInput weeks = Value("participant_id;week;benefit\n");

        Assert.Null(weeks.Extract.FirstMonday);
        Assert.Null(weeks.Extract.LastSunday);
        Assert.Equal(0, weeks.Extract.Persons);
        Assert.Empty(weeks.Spells.Items);
    }

    [Fact]
    public void A_CPR_number_in_the_wrong_cell_never_reaches_a_message()
    {
        string[] errors =
        [
            .. Errors(Read("pnr;y_2401;grad_2024_01\nP1;010190-1234;0101901234\n0101901234;.;.\n")),
            .. Errors(Read("participant_id;week;benefit;degree\nP1;0101901234;010190-1234;010190-1234\n")),
        ];

        Assert.Equal(
            [
                "weeks.csv:2:2: y_2401: the benefit code '<digits hidden>' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
                "weeks.csv:2:3: grad_2024_01: expected an employment rate from 0 to 1, such as 0.25 or 0,25 (empty or '.' for 0), found '<digits hidden>'",
                "weeks.csv:3:1: participant_id: this looks like a CPR number; put CPR numbers in a cpr column and give a --pseudonym-key file",
                "weeks.csv:2:2: week: expected a week yyyy-Www, yyyyWww or yyyyww (2026-W05, 2026W05, 202605) or a date yyyy-MM-dd, dd-MM-yyyy or dd.MM.yyyy, found '<digits hidden>'",
                "weeks.csv:2:4: degree: expected a degree greater than 0 and at most 1, such as 1, 0.5 or 0,5, found '<digits hidden>'",
                "weeks.csv:2:3: benefit: the benefit code '<digits hidden>' is not mapped by the contract's benefits (map it there, or set unknown_benefits)",
            ],
            errors);
    }

    [Fact]
    public void An_empty_file_says_what_either_form_holds()
    {
        Assert.Equal(
            ["weeks.csv: empty file, expected a header row with the columns participant_id or cpr and y_YYWW (a DREAM extract), or participant_id or cpr, week, benefit (a weekly table)"],
            Errors(Read(string.Empty)));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        using var stream = new Csv.ForwardOnlyStream("pnr;y_2401\nP1;su\n"u8.ToArray());

        ReadResult<WeeksInput> result = WeeksCsv.Read(stream, "weeks.csv", Csv.Contract(), Csv.Cohort("P1"));

        Assert.Single(result.GetValueOrThrow().Spells.Items);
    }

    [Fact]
    public void Reading_stops_after_100_errors()
    {
        string rows = string.Concat(Enumerable.Range(0, 150).Select(i => $"P{i};2026-W99;su\n"));

        ReadResult<WeeksInput> result = Read("participant_id;week;benefit\n" + rows);

        Assert.Equal(ReadResult.MaxErrors + 1, result.Errors.Count);
        Assert.EndsWith("more than 100 errors; reading stopped here and the rest are not shown", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timing_of_a_wide_extract_is_checked_against_as_of_and_each_window()
    {
        WeeksExtract extract = Value("pnr;koen;y_2401;y_2402;y_2403\nP1;K;su;.;.\n").Extract;
        Contract startAnchored = Fixtures.Contract(windowWeeks: 4);
        Contract endAnchored = Fixtures.Contract(from: WindowAnchor.End, windowWeeks: 4, programmeWeeks: 1);
        Participant[] cohort = [Fixtures.Person("P1", "2024-01-01"), Fixtures.Person("P2", "2023-12-31"), Fixtures.Person("P3", "2023-12-24")];

        Assert.Empty(WeeksCsv.CheckPeriod(extract, "weeks.csv", startAnchored, cohort.Take(1), new LocalDate(2024, 1, 21)));
        Assert.Equal(
            [
                "weeks.csv:1:5: y_2403: as_of 2024-01-22 is after the extract's last week, which ends on Sunday 2024-01-21: the weeks after it are not known; give an extract that reaches as_of, or an earlier as_of",
                "weeks.csv:1:3: y_2401: the window of participant 'P2' starts on 2023-12-31, before the extract's first week, which begins on Monday 2024-01-01; give an extract that reaches back to every window's start",
                "weeks.csv:1:3: y_2401: the window of participant 'P3' starts on 2023-12-24, before the extract's first week, which begins on Monday 2024-01-01; give an extract that reaches back to every window's start",
            ],
            WeeksCsv.CheckPeriod(extract, "weeks.csv", startAnchored, cohort, new LocalDate(2024, 1, 22)).Select(e => e.ToString()));
        Assert.Equal(
            ["weeks.csv:1:3: y_2401: the window of participant 'P3' starts on 2023-12-31, before the extract's first week, which begins on Monday 2024-01-01; give an extract that reaches back to every window's start"],
            WeeksCsv.CheckPeriod(extract, "weeks.csv", endAnchored, cohort, W2401).Select(e => e.ToString()));
    }

    [Fact]
    public void A_long_table_has_no_period_of_its_own_to_check()
    {
        WeeksExtract extract = Value("participant_id;week;benefit\nP1;2026-W05;su\n").Extract;

        Assert.Empty(WeeksCsv.CheckPeriod(extract, "weeks.csv", Fixtures.Contract(), [Fixtures.Person("P1", "2020-01-01")], new LocalDate(2030, 1, 1)));
    }

    private static ReadResult<WeeksInput> Read(string text, IReadOnlySet<ParticipantId>? cohort = null, Contract? contract = null, PseudonymKey? key = null) =>
        WeeksCsv.Read(Csv.Utf8(text), "weeks.csv", contract ?? Csv.Contract(), cohort ?? Csv.Cohort("P1"), key);

    private static WeeksInput Value(string text, IReadOnlySet<ParticipantId>? cohort = null, Contract? contract = null, PseudonymKey? key = null)
    {
        ReadResult<WeeksInput> result = Read(text, cohort, contract, key);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Value!;
    }

    private static string[] Errors(ReadResult<WeeksInput> result) => [.. result.Errors.Select(e => e.ToString())];

    private static ParticipantId Pseudonym(string cpr)
    {
        Assert.True(Cpr.TryParse(cpr, out Cpr parsed, out _));
        return Csv.Key.Pseudonymize(parsed);
    }

    private static Contract Contract(params (string Code, BenefitClass Class)[] benefits) => new(
        "weeks",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits.ToDictionary(b => b.Code, b => b.Class, StringComparer.Ordinal));
}

-- settle.sql: the DuckDB reference peer of `sib settle` (issue 22), as an analyst would write the settlement in SQL.
--
-- What it settles: a cohort as `sib generate --danish` writes it, the contract's values read from contract.json.
--   participants.csv  deltager_id;hold;startdato;slutdato;gennemført   (Windows-1252; read as latin-1, the same
--   spells.csv        deltager_id;ydelse;Ydelse startdato;Ydelse slutdato;grad    characters where no byte is 0x80-0x9F)
--   `;` between fields, dates dd-MM-yyyy, decimals with a comma; a spell's empty end runs to as_of, an empty grad is 1.
-- Only the kinds that contract uses are handled (anything else is silently not computed):
--   triggers enrolment, completion, sustained, count, education (SPEC §5-6), window.from = start,
--   payments fixed (on any of those triggers) and share_of_savings (gate, share, deadweight, "of": gross; SPEC §7),
--   monthly_cost with annual_indexation (SPEC §7); caps.per_participant (SPEC §8; no total cap, no ledger, so
--   paid_before is 0 and due = payable). Every input is taken as valid: what sib rejects (an unmapped benefit code,
--   a bad date or degree, a duplicate participant) is not checked here. Spell rows of people outside
--   participants.csv are skipped, as SPEC §2 says.
-- Money is exact: øre as integers, every rounding half away from zero done once on an exact integer quotient,
-- never through DOUBLE (DuckDB's DECIMAL / DECIMAL is a DOUBLE). Degrees and the contract's decimals are read as
-- DECIMAL(18, 6): a value with more than six decimals would be rounded here (sib keeps every digit).
--
-- Placeholders, filled by the runner (benchmarks/DuckDbPeer, SettleSql.For) with SQL string literals:
--   {{in}}     the input folder (contract.json, participants.csv, spells.csv)
--   {{out}}    the lines.csv to write
--   {{as_of}}  the as_of date, yyyy-MM-dd
-- It runs on DuckDB's defaults (threads = the machine's cores, memory_limit = 80 % of RAM).

-- The contract's numbers, exact: decimals read from the JSON text as DECIMAL, money in øre.
CREATE TEMP TABLE contract AS
WITH doc AS (SELECT content::JSON AS j FROM read_text({{in}} || '/contract.json'))
SELECT
    {{as_of}}::DATE                                                     AS as_of,
    coalesce((j->>'programme_weeks')::INTEGER, 20)                      AS programme_weeks,
    (j->'window'->>'weeks')::INTEGER                                    AS window_weeks,
    coalesce((j->>'partial_max_support')::DECIMAL(18, 6), 0.5)          AS partial_max_support,
    ((j->'monthly_cost'->>'amount')::DECIMAL(18, 6) * 1000000)::HUGEINT AS cost_micro,       -- amount × 10^6
    (j->'monthly_cost'->>'base_year')::INTEGER                          AS base_year,
    (coalesce((j->'monthly_cost'->>'annual_indexation')::DECIMAL(18, 6), 0) * 1000000)::HUGEINT AS indexation_micro,
    round((j->'caps'->>'per_participant')::DECIMAL(18, 6) * 100)::BIGINT AS cap_per_participant  -- øre; NULL: no cap
FROM doc;

CREATE TEMP TABLE benefit_class AS
SELECT code, benefits->>code AS class
FROM (SELECT content::JSON->'benefits' AS benefits FROM read_text({{in}} || '/contract.json')),
     unnest(json_keys(benefits)) AS k(code);

CREATE TEMP TABLE triggers AS
SELECT t.id, t.kind, coalesce(t.weeks, 1) AS weeks, t.level, coalesce(t.exclude_education, false) AS exclude_education
FROM (SELECT unnest(from_json(content::JSON->'triggers',
        '[{"id": "VARCHAR", "kind": "VARCHAR", "weeks": "INTEGER", "level": "VARCHAR", "exclude_education": "BOOLEAN"}]')) AS t
      FROM read_text({{in}} || '/contract.json'));

CREATE TEMP TABLE payments AS
SELECT p.id, p.kind, p.trigger, p.gate,
       round(p.amount::DECIMAL(18, 6) * 100)::BIGINT                                   AS amount_ore,
       -- share × (1 − deadweight) × 10^12, an exact integer
       (p.share::DECIMAL(18, 6) * 1000000)::HUGEINT
         * (1000000 - (coalesce(p.deadweight::DECIMAL(18, 6), 0) * 1000000)::HUGEINT)  AS factor_pico
FROM (SELECT unnest(from_json(content::JSON->'payments',
        '[{"id": "VARCHAR", "kind": "VARCHAR", "trigger": "VARCHAR", "gate": "VARCHAR", "amount": "VARCHAR",
           "share": "VARCHAR", "deadweight": "VARCHAR"}]')) AS p
      FROM read_text({{in}} || '/contract.json'));

-- Participants: the window [w0, w0 + 7 × weeks − 1] from the start; its observed part ends at observed_end. pk is a
-- small integer key for the joins and groupings below.
CREATE TEMP TABLE participants AS
SELECT row_number() OVER (ORDER BY deltager_id)::INTEGER                    AS pk,
       deltager_id                                                           AS participant_id,
       startdato                                                             AS start,
       coalesce(slutdato, startdato + (c.programme_weeks * 7 - 1))           AS programme_end,
       lower(coalesce(nullif(trim(gennemført), ''), 'ja')) IN ('ja', 'true', '1') AS completed,
       startdato                                                             AS w0,
       least(startdato + (c.window_weeks * 7 - 1), c.as_of)                  AS observed_end,
       -- observed weeks: those whose last day is on or before as_of
       greatest(0, least(c.window_weeks, (c.as_of - startdato + 1) // 7))::INTEGER AS observed_weeks
FROM read_csv({{in}} || '/participants.csv', delim = ';', header = true, encoding = 'latin-1',
              dateformat = '%d-%m-%Y', auto_detect = false,
              columns = {'deltager_id': 'VARCHAR', 'hold': 'VARCHAR', 'startdato': 'DATE', 'slutdato': 'DATE',
                         'gennemført': 'VARCHAR'}),
     contract c;

-- The support and education spells of the cohort, clipped to the observed window: [lo, hi] as days from w0.
-- A degree in millionths (an empty grad is 1).
CREATE TEMP TABLE spells AS
SELECT *
FROM (SELECT p.pk, b.class, s.ydelse AS code, (coalesce(s.grad, 1) * 1000000)::INTEGER AS degree,
             (greatest(s."Ydelse startdato", p.w0) - p.w0)::INTEGER                   AS lo,
             (least(coalesce(s."Ydelse slutdato", c.as_of), p.observed_end) - p.w0)::INTEGER AS hi
      FROM read_csv({{in}} || '/spells.csv', delim = ';', header = true, encoding = 'latin-1',
                    dateformat = '%d-%m-%Y', decimal_separator = ',', auto_detect = false,
                    columns = {'deltager_id': 'VARCHAR', 'ydelse': 'VARCHAR', 'Ydelse startdato': 'DATE',
                               'Ydelse slutdato': 'DATE', 'grad': 'DECIMAL(18, 6)'}) s
      JOIN participants p ON p.participant_id = s.deltager_id
      JOIN benefit_class b ON b.code = s.ydelse AND b.class IN ('support', 'education'),
      contract c)
WHERE lo <= hi;

-- The support level (SPEC §4) is constant between the spells' boundaries: cut each participant's observed window at
-- every spell's first day and the day after its last, and find the spells covering each piece (a range join). On a
-- piece: the largest degree of each support code, the codes summed and capped at 1 (millionths), and whether an
-- education spell covers it. Days no spell covers have level 0 and no row.
CREATE TEMP TABLE segments AS
WITH cuts AS (
    SELECT pk, lo AS cut FROM spells
    UNION
    SELECT pk, hi + 1 FROM spells
),
pieces AS (
    SELECT pk, cut AS lo, lead(cut) OVER (PARTITION BY pk ORDER BY cut) - 1 AS hi
    FROM cuts
),
per_code AS (
    SELECT g.pk, g.lo, g.hi, s.class, s.code, max(s.degree) AS degree
    FROM pieces g
    JOIN spells s ON s.pk = g.pk AND s.lo <= g.lo AND g.hi <= s.hi
    GROUP BY ALL
)
SELECT pk, lo, hi,
       least(1000000, coalesce(sum(degree) FILTER (WHERE class = 'support'), 0))::INTEGER AS support,
       bool_or(class = 'education')                                                       AS education
FROM per_code
GROUP BY ALL;

-- Weeks (SPEC §5): every observed week of every participant, with S_k (millionths: Σ of the pieces' level × their
-- days in the week) and whether it holds an education day.
CREATE TEMP TABLE weeks AS
WITH sums AS (
    SELECT pk, week, sum(support * (least(hi, 7 * week + 6) - greatest(lo, 7 * week) + 1)) AS support,
           bool_or(education) AS education
    FROM (SELECT *, unnest(range(lo // 7, hi // 7 + 1))::INTEGER AS week FROM segments)
    GROUP BY ALL
)
SELECT p.pk, p.w0, w.week,
       CASE WHEN coalesce(s.support, 0) = 0 THEN 'full'
            WHEN s.support <= 7 * 1000000 * c.partial_max_support THEN 'partial'
            ELSE 'none' END                AS level,
       coalesce(s.education, false)        AS education
FROM participants p
CROSS JOIN contract c
CROSS JOIN LATERAL (SELECT unnest(range(p.observed_weeks))::INTEGER AS week) w
LEFT JOIN sums s ON s.pk = p.pk AND s.week = w.week;

-- Triggers (SPEC §6): the date each is met on, kept where it is on or before as_of. A week trigger is measured on its
-- qualifying weeks, numbered in week order: `sustained` N on the N-th week of the first run of N consecutive ones
-- (gaps and islands: week − number is constant along a run), `count` and `education` N on the N-th.
CREATE TEMP TABLE met AS
WITH qualifying AS (
    SELECT t.id AS trigger_id, t.kind, t.weeks AS n, w.pk, w.w0, w.week,
           row_number() OVER (PARTITION BY t.id, w.pk ORDER BY w.week) AS nth
    FROM triggers t
    JOIN weeks w ON CASE WHEN t.kind = 'education' THEN w.education
                         WHEN t.kind IN ('sustained', 'count')
                         THEN (w.level = 'full' OR (t.level = 'full_or_partial' AND w.level = 'partial'))
                              AND NOT (t.exclude_education AND w.education)
                         ELSE false END
),
sustained AS (
    SELECT trigger_id, pk, min(w0 + (7 * (first_week + n - 1) + 6)) AS date
    FROM (SELECT trigger_id, n, pk, w0, min(week) AS first_week, count(*) AS length
          FROM qualifying
          WHERE kind = 'sustained'
          GROUP BY trigger_id, n, pk, w0, week - nth)
    WHERE length >= n
    GROUP BY ALL
),
counted AS (
    SELECT trigger_id, pk, w0 + (7 * week + 6) AS date
    FROM qualifying
    WHERE kind IN ('count', 'education') AND nth = n
)
SELECT trigger_id, pk, date
FROM (SELECT t.id AS trigger_id, p.pk, p.start AS date
      FROM triggers t, participants p WHERE t.kind = 'enrolment'
      UNION ALL
      SELECT t.id, p.pk, p.programme_end
      FROM triggers t, participants p WHERE t.kind = 'completion' AND p.completed
      UNION ALL SELECT * FROM sustained
      UNION ALL SELECT * FROM counted), contract c
WHERE date <= c.as_of;

-- The monthly cost of each year (SPEC §7), in øre: round(amount × (1 + i)^(y − base_year)) as an exact fraction,
-- (1 + i) = up / down in lowest terms, rounded half up (every quantity here is ≥ 0).
CREATE TEMP MACRO int_power(b, e) AS list_reduce([1::HUGEINT] || list_transform(range(e), x -> b::HUGEINT), (a, x) -> a * x);
CREATE TEMP TABLE monthly_rate AS
WITH fraction AS (
    SELECT cost_micro, base_year,
           (1000000 + indexation_micro) // gcd((1000000 + indexation_micro)::BIGINT, 1000000) AS up,
           1000000 // gcd((1000000 + indexation_micro)::BIGINT, 1000000)                       AS down
    FROM contract
),
years AS (
    SELECT y, cost_micro * 100 * int_power(CASE WHEN y >= base_year THEN up ELSE down END, abs(y - base_year)) AS numerator,
           1000000 * int_power(CASE WHEN y >= base_year THEN down ELSE up END, abs(y - base_year))          AS denominator
    FROM fraction,
         (SELECT unnest(range(year(min(w0)), year(max(observed_end)) + 1)) AS y FROM participants)
)
SELECT y AS year, ((2 * numerator + denominator) // (2 * denominator))::BIGINT AS rate_ore
FROM years;

-- The lines (SPEC §7): fixed payments on their trigger's date; a share of savings for each month holding an observed
-- window day, for every participant whose gate is met.
CREATE TEMP TABLE lines AS
WITH month_support AS (   -- Σ s(d) over each month's window days (millionths): the pieces cut at the months
    SELECT pk, month, sum(support * (least(hi, last_day(month) - w0) - greatest(lo, month - w0) + 1)) AS support
    FROM (SELECT g.pk, g.lo, g.hi, g.support, p.w0,
                 unnest(generate_series(date_trunc('month', p.w0 + g.lo), date_trunc('month', p.w0 + g.hi),
                                        INTERVAL 1 MONTH))::DATE AS month
          FROM segments g JOIN participants p USING (pk)
          WHERE g.support > 0)
    GROUP BY ALL
),
months AS (
    SELECT p.pk, p.w0, p.observed_end, m.month::DATE AS month
    FROM participants p
    CROSS JOIN LATERAL (SELECT unnest(generate_series(date_trunc('month', p.w0), date_trunc('month', p.observed_end),
                                                      INTERVAL 1 MONTH)) AS month) m
    WHERE p.w0 <= p.observed_end
),
shares AS (
    SELECT m.pk, pay.id AS payment, strftime(m.month, '%Y-%m') AS period, last_day(m.month) AS date,
           -- D in millionths: the month's observed window days less their support
           1000000 * (least(last_day(m.month), m.observed_end) - greatest(m.month, m.w0) + 1) - coalesce(s.support, 0) AS d,
           r.rate_ore, day(last_day(m.month)) AS dim, pay.factor_pico
    FROM payments pay
    JOIN met g ON g.trigger_id = pay.gate
    JOIN months m ON m.pk = g.pk
    JOIN monthly_rate r ON r.year = year(m.month)
    LEFT JOIN month_support s ON s.pk = m.pk AND s.month = m.month
    WHERE pay.kind = 'share_of_savings'
)
SELECT pk, payment, period, date,
       -- round(share × (1 − deadweight) × rate × D / dim) in øre = factor/10^12 × rate × (d/10^6) / dim, half up
       ((2 * factor_pico * rate_ore * d + 1000000000000000000::HUGEINT * dim)
        // (2000000000000000000::HUGEINT * dim))::BIGINT AS amount
FROM shares
UNION ALL
SELECT g.pk, pay.id, '-', g.date, pay.amount_ore
FROM payments pay
JOIN met g ON g.trigger_id = pay.trigger
WHERE pay.kind = 'fixed';

-- Caps (SPEC §8) in line order: with every amount ≥ 0 and no total cap, what remains of a participant's cap before a
-- line is the cap less the sum of their earlier amounts, floored at 0. Line order is (date, participant_id, payment,
-- period) by code points: DuckDB compares VARCHAR by its UTF-8 bytes, which is code point order, and pk is numbered
-- in participant_id order. Amounts are written with two decimals: øre × 0.01 is an exact DECIMAL.
CREATE TEMP MACRO money(ore) AS (ore * 0.01)::VARCHAR;
COPY (
    WITH capped AS (
        SELECT l.pk, p.participant_id, l.payment, l.period, l.date, l.amount,
               CASE WHEN c.cap_per_participant IS NULL THEN amount
                    ELSE least(amount, greatest(0, c.cap_per_participant - coalesce(sum(amount) OVER (
                             PARTITION BY l.pk ORDER BY l.date, l.payment, l.period
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) END AS payable
        FROM lines l JOIN participants p USING (pk), contract c
    )
    SELECT participant_id, payment, period, strftime(capped.date, '%Y-%m-%d') AS date,
           money(amount) AS amount, money(payable) AS payable, money(amount - payable) AS capped,
           money(0) AS paid_before, money(payable) AS due
    FROM capped
    ORDER BY capped.date, capped.pk, payment, period
) TO {{out}} (FORMAT csv, HEADER true, DELIMITER ',');

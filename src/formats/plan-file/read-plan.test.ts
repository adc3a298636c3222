import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../core/plan/types.ts';
import { PlanFileError, formatPath } from './issues.ts';
import { readPlan } from './read-plan.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const plans = fileURLToPath(new URL('../../../data/plans/', import.meta.url));

/** The file name as a person would pass it on the command line. */
const fixtureName = (kind: 'ok' | 'not-ok', name: string) => `src/formats/plan-file/fixtures/${kind}/${name}`;
const fixtureText = (kind: 'ok' | 'not-ok', name: string) =>
  readFileSync(`${fixtures}${kind}/${name}`, 'utf8');

function readFixture(name: string): Plan {
  return readPlan(fixtureText('ok', name), fixtureName('ok', name));
}

function readSeedPlan(slug: string): Plan {
  return readPlan(readFileSync(`${plans}${slug}.yaml`, 'utf8'), `data/plans/${slug}.yaml`);
}

/** The PlanFileError readPlan throws for the text; fails the test for any other outcome. */
function rejection(text: string, file: string): PlanFileError {
  try {
    readPlan(text, file);
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw new Error(`expected a PlanFileError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected ${file} to be rejected, but it was read`);
}

type ExpectedIssue = {
  /** formatPath of the issue's path. */
  path: string;
  /** The line (1-based) a person must edit. */
  line: number;
  /** Substrings of the message: what was found and what was expected. */
  says: readonly string[];
};

// One entry per file in fixtures/not-ok, in the order the issues are reported. Lines were
// read off the fixtures by hand (each is ../ok/minimal.yaml with one change).
const NOT_OK: Record<string, readonly ExpectedIssue[]> = {
  'amount-not-a-number.yaml': [
    { path: 'budget.lines[0].amounts.2027', line: 63, says: ['found "abc"', 'expected a number'] },
  ],
  'amount-with-decimals.yaml': [
    { path: 'budget.lines[0].amounts.2027', line: 63, says: ['found 10.5', 'expected a whole number'] },
  ],
  'amount-too-large.yaml': [
    {
      path: 'budget.lines[0].amounts.2027',
      line: 63,
      says: ['found 99999999999 tkr', 'expected an amount between -90071992547 and 90071992547 tkr'],
    },
  ],
  'missing-year.yaml': [
    {
      path: 'budget.lines[2].amounts',
      line: 73,
      says: ['missing an amount for 2027', 'expected one for every column (2026, 2027)'],
    },
  ],
  'year-not-a-column.yaml': [
    {
      path: 'budget.lines[1].amounts.2028',
      line: 70,
      says: ['found year 2028', 'not a column of the budget', 'expected only 2026, 2027'],
    },
  ],
  'unknown-member.yaml': [
    {
      path: 'contributions[0].areas[0].rows[0].perMember.RC',
      line: 100,
      says: ['found "RC"', 'not a member of the plan', 'expected one of RA, RB'],
    },
    {
      path: 'contributions[0].areas[0].rows[0].perMember',
      line: 100,
      says: ['missing member RB', 'expected a value for each of RA, RB'],
    },
  ],
  'member-missing.yaml': [
    {
      path: 'contributions[0].totalRow.perMember',
      line: 104,
      says: ['missing member RB', 'expected a value for each of RA, RB'],
    },
  ],
  'shares-not-100.yaml': [
    {
      path: 'populationShares.shares',
      line: 17,
      says: ['found shares adding up to 99,99 %', 'expected 100 %'],
    },
  ],
  'unknown-field.yaml': [
    { path: 'budget.lines[0].amounts', line: 58, says: ['missing field "amounts"', 'expected a mapping'] },
    {
      path: 'budget.lines[0].ammounts',
      line: 61,
      says: ['found unknown field "ammounts"', 'expected "amounts" (is it misspelt?)'],
    },
  ],
  'invalid-yaml.yaml': [
    { path: '(document)', line: 59, says: ['not valid YAML', 'expected "key: value" on one line'] },
  ],
  'duplicate-key.yaml': [
    {
      path: 'budget.lines[1].amounts.2026',
      line: 69,
      says: ['found the key "2026" a second time', 'expected each key once'],
    },
  ],
  'duplicate-key-quoted.yaml': [
    {
      path: 'budget.lines[1].amounts.2026',
      line: 69,
      says: ['found the key "2026" a second time', 'expected each key once'],
    },
  ],
  'duplicate-activity-id.yaml': [
    {
      path: 'goals[0].activities[1].id',
      line: 37,
      says: [
        'found goal or activity id "mal-1-a1" a second time',
        'first at goals[0].activities[0].id',
        'expected each id once',
      ],
    },
  ],
  'follow-up-unknown-period.yaml': [
    {
      path: 'goals[0].activities[1].followUp[0].period',
      line: 41,
      says: ['found "delar-2026"', 'expected one declared under followUpPeriods (none is declared)'],
    },
  ],
  'revenue-note-unknown-line.yaml': [
    {
      path: 'revenueNotes[0].groups[0].budgetLine',
      line: 86,
      says: ['found "memberContribution"', 'expected one of revenue, staffCosts, memberContributions'],
    },
  ],
  'financial-goal-without-rule.yaml': [
    {
      path: 'goals[1].rule',
      line: 40,
      says: [
        'missing field "rule"',
        'expected a rule of kind result, minBankBalance, minEquity or noExternalBorrowing',
      ],
    },
  ],
  'bad-date.yaml': [
    {
      path: 'decisions[0].date',
      line: 22,
      says: ['found "2025-13-03"', 'expected a date written YYYY-MM-DD'],
    },
  ],
  'schema-version-2.yaml': [{ path: 'schemaVersion', line: 3, says: ['found 2', 'expected 1'] }],
  'floor-not-an-amount.yaml': [
    {
      path: 'goals[1].rule.floor',
      line: 43,
      says: [
        'found "500 000 SEK"',
        'unknown unit "SEK"',
        'the units are kr, kronor, tkr, mnkr and mkr',
        'expected',
      ],
    },
  ],
  'deficit-allowance-unknown-decision.yaml': [
    {
      path: 'budget.deficitAllowance.decision',
      line: 83,
      says: ['found "fd-2025-12-24"', 'not a decision of the plan', 'expected one of fd-2025-12-03-7'],
    },
  ],
  'unresolved-alias.yaml': [
    { path: 'revenueNotes[0].unit', line: 81, says: ['not valid YAML', 'Unresolved alias', 'unit'] },
  ],
  'empty.yaml': [{ path: '(document)', line: 1, says: ['found an empty file', 'expected a plan file'] }],
};

describe('readPlan: bad plan files', () => {
  it('has a case for every not-ok fixture, and a fixture for every case', () => {
    const files = readdirSync(`${fixtures}not-ok`).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(Object.keys(NOT_OK).sort());
  });

  describe.each(Object.entries(NOT_OK))('%s', (name, expected) => {
    const file = fixtureName('not-ok', name);
    let cached: PlanFileError | undefined;
    // Read inside each test, so that an unexpected error fails that test rather than the file.
    const rejected = () => (cached ??= rejection(fixtureText('not-ok', name), file));

    it('names each problem by its path and line', () => {
      const error = rejected();
      expect(error.issues.map((i) => ({ path: formatPath(i.path), line: i.line }))).toEqual(
        expected.map((e) => ({ path: e.path, line: e.line })),
      );
      for (const issue of error.issues) expect(issue.column).toBeGreaterThanOrEqual(1);
    });

    it('says what was found and what was expected', () => {
      rejected().issues.forEach((issue, i) => {
        for (const part of expected[i]?.says ?? []) expect(issue.message).toContain(part);
        if (!issue.message.startsWith('not valid YAML')) {
          expect(issue.message).toMatch(/^(found|missing)\b/);
          expect(issue.message).toContain('expected');
        }
      });
    });

    it('formats one line per problem, starting with the file, without a stack trace', () => {
      const error = rejected();
      expect(error.file).toBe(file);
      const [head, ...lines] = error.message.split('\n');
      expect(head).toBe(
        `${file} is not a valid plan file (${expected.length} ${expected.length === 1 ? 'problem' : 'problems'}):`,
      );
      expect(lines).toEqual(
        error.issues.map((i) => `  ${file}:${i.line}:${i.column}: ${formatPath(i.path)}: ${i.message}`),
      );
      expect(error.message).not.toContain('    at ');
      expect(error.message).not.toMatch(/\.ts:\d+/);
    });
  });

  it('reports every problem of a file at once', () => {
    const text = fixtureText('ok', 'minimal.yaml')
      .replace('budgetLine: memberContributions', 'budgetLine: memberContribution')
      .replace('perMember: { RA: 301, RB: 199 }', 'perMember: { RA: 301, RC: 199 }');
    const error = rejection(text, 'two-problems.yaml');
    expect(error.issues.map((i) => [formatPath(i.path), i.line])).toEqual([
      ['revenueNotes[0].groups[0].budgetLine', 86],
      ['contributions[0].areas[0].rows[0].perMember.RC', 100],
      ['contributions[0].areas[0].rows[0].perMember', 100],
    ]);
  });

  it('reports every shape problem of a file at once', () => {
    const text = fixtureText('ok', 'minimal.yaml')
      .replace('schemaVersion: 1', 'schemaVersion: 2')
      .replace('2027: 1020', '2027: abc')
      .replace('status: preliminary', 'status: prelim');
    const error = rejection(text, 'three-problems.yaml');
    expect(error.issues.map((i) => [formatPath(i.path), i.line, i.message])).toEqual([
      ['schemaVersion', 3, 'found 2, expected 1'],
      [
        'budget.columns[1].status',
        56,
        'found "prelim", expected one of "budget", "preliminary", "comparison"',
      ],
      ['budget.lines[0].amounts.2027', 63, 'found "abc", expected a number'],
    ]);
  });

  it('names a value that has the wrong shape', () => {
    const text = fixtureText('ok', 'minimal.yaml').replace(
      'text: Medlemmarna samverkar för en god och jämlik vård.',
      'text: { sv: Medlemmarna samverkar }',
    );
    expect(rejection(text, 'x.yaml').issues).toEqual([
      {
        path: ['overallGoal', 'text'],
        message: 'found a mapping (with sv), expected text',
        line: 28,
        column: 9,
      },
    ]);
  });
});

describe('readPlan: ok fixtures', () => {
  it('reads the minimal plan with every amount in exact öre', () => {
    const plan = readFixture('minimal.yaml');
    expect(plan.members.map((m) => m.code)).toEqual(['RA', 'RB']);
    expect(plan.budget.columns.map((c) => c.year)).toEqual([2026, 2027]);
    expect([...(plan.budget.lines[0]?.amounts ?? [])]).toEqual([
      [2026, 100_000_000],
      [2027, 102_000_000],
    ]);
    expect(plan.budget.lines[1]?.amounts.get(2027)).toBe(-153_000_000);
    expect([...plan.budget.result.stated]).toEqual([
      [2026, 0],
      [2027, 0],
    ]);
    expect(plan.populationShares?.shares.get('RA')).toEqual({ units: 6025n, scale: 2 });
    expect(plan.populationShares?.statedTotal).toEqual({ units: 10000n, scale: 2 });
    expect(plan.revenueNotes[0]?.groups[0]?.items[0]?.amount).toBe(50_000_000);
    const table = plan.contributions[0];
    expect(table?.areas[0]?.rows[0]?.perMember?.get('RB')).toBe(19_900_000);
    expect(table?.totalRow.total).toBe(50_000_000);
    expect(table?.shareRow?.perMember.get('RB')).toEqual({ units: 3975n, scale: 2 });
    expect(plan.goals[1]?.rule).toEqual({ kind: 'minBankBalance', floor: 50_000_000 });
    expect(plan.goals[1]?.decisionId).toBe('fd-2025-12-03-7');
    expect(plan.equity).toEqual([
      { date: '2025-12-31', amount: 200_000_000, unit: 'tkr', source: 'Eget kapital 2025-12-31' },
    ]);
    expect(plan.followUpPeriods).toEqual([]);
    expect(plan.budget.deficitAllowance).toBeUndefined();
  });

  it('reads follow-up periods, their figures in each unit, and statuses', () => {
    const plan = readFixture('with-follow-up.yaml');
    expect(plan.followUpPeriods).toEqual([
      {
        id: 'delar-2026',
        kind: 'interim',
        year: 2026,
        asOf: '2026-08-31',
        figures: { result: -12_000_000, lowestBankBalance: 85_000_000 },
      },
      {
        id: 'ar-2026',
        kind: 'annual',
        year: 2026,
        asOf: '2026-12-31',
        figures: {
          result: 1_525_000,
          equity: 201_525_000,
          lowestBankBalance: 61_250_000,
          externalBorrowing: 0,
        },
      },
    ]);
    const [first, second] = plan.goals[0]?.activities ?? [];
    expect(first?.responsible).toBe('Kansliet');
    expect(first?.followUp).toEqual([
      { period: 'delar-2026', status: 'inProgress', comment: 'Inbjudan skickad' },
      { period: 'ar-2026', status: 'done' },
    ]);
    expect(second?.followUp.map((f) => f.status)).toEqual(['notStarted', 'notDone']);
    expect(second?.subActivities.map((s) => [s.id, s.followUp.map((f) => f.status)])).toEqual([
      ['mal-1-a2-1', ['notDone']],
      ['mal-1-a2-2', ['done']],
    ]);
    expect(second?.subActivities[0]?.followUp[0]?.comment).toBe('Flyttas till 2027');
  });
});

// Expected figures are the seed documents' (shared/seeds/*.txt), converted by hand:
// 1 tkr = 100 000 öre, 1 kr = 100 öre.
describe('readPlan: the NRF plan 2026–2028', () => {
  const plan = readSeedPlan('nrf-2026-2028');
  const line = (key: string) => plan.budget.lines.find((l) => l.key === key);

  it('keeps the budget table as stated', () => {
    expect(plan.budget.columns.map((c) => [c.year, c.status])).toEqual([
      [2025, 'comparison'],
      [2026, 'budget'],
      [2027, 'preliminary'],
      [2028, 'preliminary'],
    ]);
    expect(line('revenue')?.amounts.get(2026)).toBe(4_437_600_000); // 44 376 tkr
    expect(line('revenue')?.amounts.get(2025)).toBe(5_422_000_000); // 54 220 tkr
    expect(line('purchasedServices')?.amounts.get(2028)).toBe(-4_655_500_000); // -46 555 tkr
    expect(line('memberContributions')?.amounts.get(2026)).toBe(1_027_900_000); // 10 279 tkr
    expect(plan.budget.result.stated.get(2026)).toBe(-198_800_000); // -1 988 tkr
    expect(plan.budget.result.stated.get(2027)).toBe(-94_700_000); // -947 tkr
    expect(plan.budget.result.stated.get(2028)).toBe(0);
    expect(plan.budget.deficitAllowance).toEqual({
      years: [2026, 2027],
      law: 'KL 11 kap 5 §',
      reason: expect.any(String) as unknown,
      decisionId: null,
    });
  });

  it('keeps the population shares as exact decimals', () => {
    const shares = plan.populationShares?.shares;
    expect(shares?.get('RVN')).toEqual({ units: 2671n, scale: 2 }); // 26,71 %
    expect(shares?.get('RJH')).toEqual({ units: 1469n, scale: 2 }); // 14,69 %
    expect(shares?.get('RV')).toEqual({ units: 3110n, scale: 2 }); // 31,10 %
    expect(shares?.get('RN')).toEqual({ units: 2750n, scale: 2 }); // 27,50 %
    expect(plan.indexSeries[0]?.rates.get(2026)).toEqual({ units: 21n, scale: 1 }); // 2,1 procent
  });

  it('keeps the revenue note and the contribution table (Bilaga 1)', () => {
    const stateGrants = plan.revenueNotes[0]?.groups.find((g) => g.financing === 'stateGrant');
    expect(stateGrants?.items.map((i) => i.amount)).toEqual([1_691_600_000, 49_300_000]); // 16 916, 493 tkr
    const table = plan.contributions[0];
    expect(table?.totalRow.total).toBe(3_724_500_000); // 37 245 tkr
    expect([...(table?.totalRow.perMember ?? [])]).toEqual([
      ['RVN', 994_800_000],
      ['RJH', 547_300_000],
      ['RV', 1_158_200_000],
      ['RN', 1_024_300_000],
    ]);
    expect(table?.shareRow?.perMember.get('RVN')).toEqual({ units: 2671n, scale: 2 });
    const rcc = table?.areas.find((a) => a.area === 'rcc');
    expect(rcc?.rows.map((r) => [r.total, r.perMember?.get('RN') ?? null])).toEqual([
      [1_585_500_000, 436_000_000], // 15 855 tkr, RN 4 360 tkr
      [1_691_600_000, null], // Statsbidrag 16 916 tkr, not split
    ]);
    // Nära vård i glesbygd is printed without an amount.
    expect(table?.areas.find((a) => a.area === 'nearCare')?.rows[0]?.total).toBeNull();
  });

  it('has 8 activities across its 3 operational goals, and 3 financial goals', () => {
    const operational = plan.goals.filter((g) => g.kind === 'operational');
    expect(operational.map((g) => g.activities.length)).toEqual([3, 4, 1]);
    expect(operational.flatMap((g) => g.activities)).toHaveLength(8);
    expect(operational[0]?.activities[2]?.subActivities).toHaveLength(4);
    expect(plan.goals.filter((g) => g.kind === 'financial').map((g) => g.rule)).toEqual([
      { kind: 'result', comparator: '>=', unlessBoardDecides: true },
      { kind: 'minBankBalance', floor: 50_000_000 }, // 500 000 kr
      { kind: 'minEquity', floor: 100_000_000 }, // 1 000 000 kr
    ]);
  });
});

describe('readPlan: the NRF plan 2018–2020', () => {
  const plan = readSeedPlan('nrf-2018-2020');

  it('keeps the budget table and the equity as stated', () => {
    const revenue = plan.budget.lines.find((l) => l.key === 'revenue');
    expect([...(revenue?.amounts ?? [])]).toEqual([
      [2018, 2_558_500_000], // 25 585 tkr
      [2019, 2_645_500_000], // 26 455 tkr
      [2020, 2_724_800_000], // 27 248 tkr
    ]);
    expect([...plan.budget.result.stated]).toEqual([
      [2018, -18_600_000], // -186 tkr
      [2019, -19_200_000], // -192 tkr
      [2020, -19_800_000], // -198 tkr
    ]);
    // "År 2017 uppgick det egna kapitalet till 1 955 tkr."
    expect(plan.equity.map((e) => [e.date, e.amount])).toEqual([['2017-12-31', 195_500_000]]);
  });

  it('reads the financial goals with their floors in öre', () => {
    const rules = new Map(plan.goals.map((g) => [g.id, g.rule]));
    expect(rules.get('fm-likviditet')).toEqual({ kind: 'minBankBalance', floor: 50_000_000 }); // 500 000 kr
    expect(rules.get('fm-eget-kapital')).toEqual({ kind: 'minEquity', floor: 100_000_000 }); // 1 000 000 kr
    expect(rules.get('fm-investeringar')).toEqual({ kind: 'noExternalBorrowing' });
    expect(
      plan.goals.filter((g) => g.kind === 'financial').every((g) => g.decisionId === 'fd-2016-03-02-6'),
    ).toBe(true);
  });

  it('has 7 prioritised activities and activity 8 with 6 recurring sub-activities', () => {
    const activities = plan.goals.find((g) => g.id === 'prioriterade-aktiviteter')?.activities ?? [];
    expect(activities).toHaveLength(8);
    expect(activities.filter((a) => a.prioritised).map((a) => a.label)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Aktivitet ${n}`),
    );
    const eighth = activities[7];
    expect(eighth?.label).toBe('Aktivitet 8');
    expect(eighth?.prioritised).toBe(false);
    expect(eighth?.subActivities.map((s) => s.label)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `Aktivitet 8${x}`),
    );
    expect(eighth?.subActivities.every((s) => s.recurring)).toBe(true);
  });
});

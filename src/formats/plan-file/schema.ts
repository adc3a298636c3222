// The published schema of plan files (data/plans/*.yaml). It checks shape and types;
// read-plan.ts then checks what the shape cannot (years, members, references) and
// converts to the core model. Exported as JSON Schema by `planvis schema`.
import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-zA-Z0-9-]*$/,
    'expected an id of letters, digits and hyphens starting with a small letter or digit, e.g. mal-1',
  );
const year = z.number().int().min(1900).max(2200);
const isoDate = z.iso.date({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-03-02' });
const text = z.string().min(1);
/** A whole number of the table's unit (tkr in NRF's tables), as printed. */
const units = z.number().int().refine(Number.isSafeInteger, 'expected a whole number within ±2^53');
/** An exact decimal written as a string, so YAML never turns it into a float: "26.71". */
const decimalText = z
  .string()
  .regex(/^[+-]?\d+([.,]\d+)?$/, 'expected a decimal number as a string, e.g. "26.71"');
/** An amount with its unit, Swedish style: "500 000 kr", "16,9 mnkr". */
const amountText = z.string().min(1);
const unit = z.enum(['kr', 'tkr', 'mnkr']);
const yearKey = z.string().regex(/^\d{4}$/, 'expected a four-digit year');
const byYear = <T extends z.ZodType>(value: T) => z.record(yearKey, value);
const memberCode = z.string().regex(/^[A-Z][A-Z0-9]*$/, 'expected a member code in capitals, e.g. RVN');
const byMember = <T extends z.ZodType>(value: T) => z.record(memberCode, value);
const financing = z.enum(['memberContribution', 'coFinancing', 'stateGrant']);

const member = z.strictObject({ code: memberCode, name: text, printedName: text.optional() });

const populationShares = z.strictObject({
  referenceDate: isoDate,
  source: text,
  basis: z.enum(['percent', 'population']),
  shares: byMember(decimalText),
  statedTotal: decimalText.optional(),
});

const decision = z.strictObject({
  id,
  body: z.literal('board'),
  date: isoDate,
  paragraph: z
    .string()
    .regex(/^§ ?\d+[a-z]?$/, 'expected a paragraph such as "§ 6"')
    .optional(),
  subject: text,
});

const indexSeries = z.strictObject({
  id,
  name: text,
  publisher: text.optional(),
  publication: text.optional(),
  rates: byYear(decimalText),
  note: text.optional(),
});

const followUpEntry = z.strictObject({
  period: id,
  status: z.enum(['notStarted', 'inProgress', 'done', 'notDone']),
  comment: text.optional(),
});

type RawActivity = {
  id: string;
  label?: string | undefined;
  text: string;
  context?: string | undefined;
  prioritised?: boolean | undefined;
  recurring?: boolean | undefined;
  responsible?: string | undefined;
  subActivities?: RawActivity[] | undefined;
  followUp?: z.infer<typeof followUpEntry>[] | undefined;
};

const activity: z.ZodType<RawActivity> = z.lazy(() =>
  z.strictObject({
    id,
    label: text.optional(),
    text,
    context: text.optional(),
    prioritised: z.boolean().optional(),
    recurring: z.boolean().optional(),
    responsible: text.optional(),
    subActivities: z.array(activity).optional(),
    followUp: z.array(followUpEntry).optional(),
  }),
);

const financialGoalRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('result'),
    comparator: z.enum(['>', '>=']),
    unlessBoardDecides: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('minBankBalance'), floor: amountText }),
  z.strictObject({ kind: z.literal('minEquity'), floor: amountText }),
  z.strictObject({ kind: z.literal('noExternalBorrowing') }),
]);

const goal = z.strictObject({
  id,
  number: text.optional(),
  kind: z.enum(['operational', 'financial']),
  title: text,
  description: text.optional(),
  measures: z.array(z.strictObject({ text })).optional(),
  activities: z.array(activity).optional(),
  rule: financialGoalRule.optional(),
  decision: id.optional(),
});

const verdictCondition = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('activitiesDone'),
    scope: z.enum(['prioritised', 'operationalGoals']),
    expectedCount: z.number().int().positive().optional(),
    minCount: z.number().int().nonnegative().optional(),
    minPercent: decimalText.optional(),
  }),
  z.strictObject({ kind: z.literal('financialGoalsMet') }),
]);

const financialFigures = z.strictObject({
  unit,
  result: units.optional(),
  equity: units.optional(),
  lowestBankBalance: units.optional(),
  externalBorrowing: units.optional(),
});

const followUpPeriod = z.strictObject({
  id,
  kind: z.enum(['interim', 'annual']),
  year,
  asOf: isoDate,
  figures: financialFigures.optional(),
});

const budget = z.strictObject({
  title: text,
  unit,
  columns: z
    .array(z.strictObject({ year, label: text, status: z.enum(['budget', 'preliminary', 'comparison']) }))
    .min(1),
  lines: z
    .array(
      z.strictObject({
        key: id,
        label: text,
        category: z.enum([
          'revenue',
          'staffCosts',
          'purchasedServices',
          'otherCosts',
          'memberContributions',
          'equityReversal',
        ]),
        amounts: byYear(units),
        footnote: text.optional(),
      }),
    )
    .min(1),
  result: z.strictObject({ label: text, stated: byYear(units) }),
  footnotes: z.array(text).optional(),
  deficitAllowance: z
    .strictObject({
      years: z.array(year).min(1),
      law: text,
      reason: text,
      decision: id.nullable(),
    })
    .optional(),
});

const revenueNotes = z.strictObject({
  year,
  unit,
  title: text,
  groups: z.array(
    z.strictObject({
      label: text,
      financing,
      budgetLine: id,
      items: z.array(z.strictObject({ area: id, label: text, amount: units, footnote: text.optional() })),
    }),
  ),
});

const contributionTable = z.strictObject({
  year,
  unit,
  title: text,
  areas: z.array(
    z.strictObject({
      area: id,
      heading: text,
      rows: z.array(
        z.strictObject({
          label: text,
          financing,
          total: units.nullable(),
          perMember: byMember(units).optional(),
        }),
      ),
    }),
  ),
  totalRow: z.strictObject({ label: text, total: units, perMember: byMember(units) }),
  shareRow: z.strictObject({ label: text, total: decimalText, perMember: byMember(decimalText) }).optional(),
});

const narrativeBlock = z.union([
  z.strictObject({ paragraph: text }),
  z.strictObject({ bullets: z.array(text).min(1) }),
  z.strictObject({ quote: text }),
]);

export const planFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  title: text,
  organisation: z.strictObject({
    code: memberCode,
    name: text,
    kind: z.enum(['federation', 'region', 'municipality']),
  }),
  period: z.strictObject({ from: year, to: year }),
  source: z.strictObject({ document: text, file: text.optional() }).optional(),
  members: z.array(member).min(1),
  populationShares: populationShares.optional(),
  decisions: z.array(decision),
  indexSeries: z.array(indexSeries),
  overallGoal: z.strictObject({ heading: text, text }),
  goals: z.array(goal),
  soundFinancialManagement: z.strictObject({ text, conditions: z.array(verdictCondition).min(1) }),
  followUpPeriods: z.array(followUpPeriod),
  budget,
  revenueNotes: z.array(revenueNotes),
  contributions: z.array(contributionTable),
  equity: z.array(z.strictObject({ date: isoDate, amount: units, unit, source: text })),
  narrative: z.array(
    z.strictObject({
      id,
      heading: text,
      level: z.number().int().min(1).max(4),
      number: text.optional(),
      blocks: z.array(narrativeBlock),
    }),
  ),
});

export type PlanFile = z.infer<typeof planFileSchema>;

/** Names for the JSON Schema's shared definitions (a local registry: the global one would be app-wide). */
const definitions = z.registry<{ id: string }>();
definitions.add(activity, { id: 'activity' });

/** The schema as JSON Schema (draft 2020-12), for editors and other tools. */
export function planFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planFileSchema, { io: 'input', unrepresentable: 'any', metadata: definitions }),
    $id: 'urn:planvis:plan-file:v1',
    title: 'Planvis plan file, version 1',
  };
}

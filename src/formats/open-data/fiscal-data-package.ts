// Open data for publication: a decided plan's budget and member contributions as CSV,
// described by a Fiscal Data Package (datapackage.json). Amounts are whole kronor (SEK):
// the plan's tables are in tkr, and tkr → kr is exact (× 1 000), so nothing is rounded.
import { decimalToString } from '../../core/money/decimal.ts';
import { toWholeUnits } from '../../core/money/money.ts';
import type { Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from '../documents/meta.ts';
import { toCsv } from './csv.ts';
import type { CsvValue } from './csv.ts';
import { validateFiscalDataPackage } from './fdp-schema.ts';
import type { FiscalDataPackage } from './fdp-schema.ts';
import { fiscalModel, resourceFields } from './model.ts';
import type { ResourceName } from './model.ts';

export class OpenDataError extends Error {}

export type OpenDataFile = { path: string; text: string };
export type OpenDataPackage = { descriptor: FiscalDataPackage; files: OpenDataFile[] };

const kr = (ore: Parameters<typeof toWholeUnits>[0]): number => toWholeUnits(ore, 'kr');

function budgetRows(plan: Plan): CsvValue[][] {
  const { budget } = plan;
  return budget.lines.flatMap((line) =>
    budget.columns.flatMap((column) => {
      const amount = line.amounts.get(column.year);
      if (amount === undefined) return [];
      return [[column.year, column.status, line.key, line.label, line.category, kr(amount)]];
    }),
  );
}

/** The finest grain the plan states: each member's figure, or the total of a row not split. */
function contributionRows(plan: Plan): CsvValue[][] {
  const names = new Map(plan.members.map((m) => [m.code, m.name]));
  return plan.contributions.flatMap((table) =>
    table.areas.flatMap((area) =>
      area.rows.flatMap((row): CsvValue[][] => {
        const base = [table.year, area.area, area.heading, row.label, row.financing];
        if (row.perMember !== null)
          return [...row.perMember].map(([code, amount]) => [
            ...base,
            code,
            names.get(code) ?? code,
            kr(amount),
          ]);
        return row.total === null ? [] : [[...base, null, null, kr(row.total)]];
      }),
    ),
  );
}

function shareRows(plan: Plan): CsvValue[][] {
  const shares = plan.populationShares;
  if (!shares) return [];
  const names = new Map(plan.members.map((m) => [m.code, m.name]));
  // Shares keep their exact decimal with "." as the decimal mark ("26.71").
  return [...shares.shares].map(([code, d]) => [
    shares.referenceDate,
    code,
    names.get(code) ?? code,
    shares.basis,
    decimalToString(d),
  ]);
}

export function buildFiscalDataPackage(plan: Plan, meta: DocumentMeta, slug: string): OpenDataPackage {
  // Decided (or decided and later superseded): a version the board has decided on.
  if (!meta.version.decision || meta.version.status === 'draft' || meta.version.status === 'proposed')
    throw new OpenDataError(
      `version ${meta.version.number} of ${slug} is ${meta.version.status}: open data is published from decided versions only`,
    );
  const tables: Record<ResourceName, CsvValue[][]> = {
    budget: budgetRows(plan),
    contributions: contributionRows(plan),
    'population-shares': shareRows(plan),
  };
  const files: OpenDataFile[] = [];
  const resources = (Object.keys(tables) as ResourceName[])
    .filter((name) => name !== 'population-shares' || tables[name].length > 0)
    .map((name) => {
      const fields = resourceFields(name);
      const text = toCsv(
        fields.map((f) => f.name),
        tables[name],
      );
      files.push({ path: `${name}.csv`, text });
      return {
        name,
        title: fields.title,
        profile: 'tabular-data-resource' as const,
        path: `${name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(text, 'utf8'),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: fields.map(({ name: n, type, title, description }) => ({
            name: n,
            type,
            title,
            description,
          })),
        },
      };
    });
  const years = plan.budget.columns.map((c) => c.year);
  const decision = meta.version.decision;
  const descriptor: FiscalDataPackage = {
    profile: 'fiscal-data-package',
    name: `${slug}-v${meta.version.number}`.toLowerCase(),
    title: `${plan.title}, ${meta.organisationName}`,
    description:
      `Budget och medlemsbidrag ur ${plan.title} (version ${meta.version.number}, beslutad ${decision.date}` +
      `${decision.paragraph ? ` ${decision.paragraph}` : ''}). Belopp i hela kronor (SEK); planens tabeller är i ` +
      `${plan.budget.unit}. Kostnader är negativa, som i planen.`,
    version: String(meta.version.number),
    created: `${meta.printedOn}T00:00:00Z`,
    countryCode: 'SE',
    granularity: 'aggregated',
    fiscalPeriod: { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` },
    keywords: ['budget', 'verksamhetsplan', 'medlemsbidrag', plan.organisation.code],
    ...(plan.source ? { sources: [{ title: plan.source.document }] } : {}),
    resources,
    model: fiscalModel(resources.some((r) => r.name === 'population-shares')),
  };
  const problems = validateFiscalDataPackage(descriptor);
  if (problems.length > 0) throw new OpenDataError(`the data package is not valid: ${problems.join('; ')}`);
  files.unshift({ path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` });
  return { descriptor, files };
}

// The columns of each CSV file and the Fiscal Data Package model that says which are
// measures (amounts) and which are dimensions (year, budget line, area, member, ...).
import type { FiscalDataPackage } from './fdp-schema.ts';

export type ResourceName = 'budget' | 'contributions' | 'population-shares';
type Field = { name: string; type: 'string' | 'integer'; title: string; description: string };

const AMOUNT: Field = {
  name: 'amount_sek',
  type: 'integer',
  title: 'Belopp, kr',
  description: 'Hela kronor (SEK), exakt omräknat från planens tkr; kostnader negativa',
};

const FIELDS: Record<ResourceName, { title: string; fields: Field[] }> = {
  budget: {
    title: 'Budget per rad och år',
    fields: [
      { name: 'fiscal_year', type: 'integer', title: 'År', description: 'Budgetåret' },
      {
        name: 'column_status',
        type: 'string',
        title: 'Status',
        description: 'budget, preliminary or comparison',
      },
      { name: 'line', type: 'string', title: 'Rad (nyckel)', description: "The budget line's key" },
      { name: 'line_label', type: 'string', title: 'Rad', description: 'The line as the plan prints it' },
      { name: 'category', type: 'string', title: 'Kategori', description: 'revenue, staffCosts, ...' },
      AMOUNT,
    ],
  },
  contributions: {
    title: 'Intäkter och medlemsbidrag per område och region (Bilaga 1)',
    fields: [
      { name: 'fiscal_year', type: 'integer', title: 'År', description: 'Budgetåret' },
      { name: 'area', type: 'string', title: 'Område (nyckel)', description: "The area's key" },
      { name: 'area_heading', type: 'string', title: 'Område', description: 'As the plan prints it' },
      { name: 'row_label', type: 'string', title: 'Rad', description: 'As the plan prints it' },
      { name: 'financing', type: 'string', title: 'Finansiering', description: 'memberContribution, ...' },
      {
        name: 'member',
        type: 'string',
        title: 'Medlem (kod)',
        description: 'Empty for a row the plan does not split between members (e.g. a state grant)',
      },
      { name: 'member_name', type: 'string', title: 'Medlem', description: "The member region's name" },
      AMOUNT,
    ],
  },
  'population-shares': {
    title: 'Befolkningsandelar',
    fields: [
      {
        name: 'reference_date',
        type: 'string',
        title: 'Per',
        description: 'ISO date of the population count',
      },
      { name: 'member', type: 'string', title: 'Medlem (kod)', description: "The member region's code" },
      { name: 'member_name', type: 'string', title: 'Medlem', description: "The member region's name" },
      { name: 'basis', type: 'string', title: 'Grund', description: 'percent or population' },
      {
        name: 'share',
        type: 'string',
        title: 'Andel',
        description: 'Exact decimal with "." as decimal mark (a percentage when basis is percent)',
      },
    ],
  },
};

export function resourceFields(name: ResourceName): Field[] & { title: string } {
  const { title, fields } = FIELDS[name];
  return Object.assign([...fields], { title });
}

export function fiscalModel(withShares: boolean): FiscalDataPackage['model'] {
  return {
    measures: {
      budget_amount: {
        source: 'amount_sek',
        resource: 'budget',
        currency: 'SEK',
        factor: 1,
        phase: 'approved',
      },
      contribution_amount: {
        source: 'amount_sek',
        resource: 'contributions',
        currency: 'SEK',
        factor: 1,
        direction: 'revenue',
        phase: 'approved',
      },
    },
    dimensions: {
      fiscal_year: {
        dimensionType: 'datetime',
        attributes: { year: { source: 'fiscal_year', resource: 'budget' } },
        primaryKey: 'year',
      },
      budget_status: {
        dimensionType: 'other',
        attributes: { status: { source: 'column_status', resource: 'budget' } },
        primaryKey: 'status',
      },
      budget_line: {
        dimensionType: 'classification',
        classificationType: 'economic',
        attributes: {
          line: { source: 'line', resource: 'budget' },
          label: { source: 'line_label', resource: 'budget', labelfor: 'line' },
          category: { source: 'category', resource: 'budget', parent: 'line' },
        },
        primaryKey: 'line',
      },
      area: {
        dimensionType: 'activity',
        attributes: {
          area: { source: 'area', resource: 'contributions' },
          heading: { source: 'area_heading', resource: 'contributions', labelfor: 'area' },
          row: { source: 'row_label', resource: 'contributions' },
        },
        primaryKey: ['area', 'row'],
      },
      financing: {
        dimensionType: 'classification',
        classificationType: 'economic',
        attributes: { financing: { source: 'financing', resource: 'contributions' } },
        primaryKey: 'financing',
      },
      member: {
        dimensionType: 'entity',
        attributes: {
          member: { source: 'member', resource: 'contributions' },
          name: { source: 'member_name', resource: 'contributions', labelfor: 'member' },
          ...(withShares ? { share: { source: 'share', resource: 'population-shares' } } : {}),
        },
        primaryKey: 'member',
      },
    },
  };
}

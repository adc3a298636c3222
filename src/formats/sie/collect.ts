// Gathers the reader's events into one result: everything (readSie) or everything but the
// rows that grow with the file (validateSie, constant memory).
import type { SieEncoding } from './encoding.ts';
import type {
  SieAccount,
  SieCompany,
  SieDimension,
  SieEvent,
  SieFile,
  SieFinancialYear,
  SieHeader,
  SieObject,
} from './types.ts';

/** What validateSie returns: the file's description without balances, budgets and vouchers. */
export type SieOverview = Pick<
  SieFile,
  'header' | 'company' | 'financialYears' | 'accounts' | 'dimensions' | 'objects'
>;

function emptyHeader(encoding: SieEncoding): SieHeader {
  return {
    flag: null,
    program: null,
    format: null,
    encoding,
    generated: null,
    sieType: null,
    prosa: null,
    coverageDate: null,
    chartType: null,
    currency: null,
  };
}

function emptyCompany(): SieCompany {
  return {
    name: null,
    orgNumber: null,
    acquisitionNumber: null,
    activityNumber: null,
    companyId: null,
    companyType: null,
    sniCode: null,
    address: null,
    taxYear: null,
  };
}

export class SieCollector {
  private header: Partial<SieHeader> = {};
  private company: Partial<SieCompany> = {};
  private readonly years: SieFinancialYear[] = [];
  private readonly accounts = new Map<string, SieAccount>();
  private readonly dimensions = new Map<number, SieDimension>();
  private readonly objects = new Map<string, SieObject>();
  private readonly file: Pick<
    SieFile,
    'balances' | 'objectBalances' | 'periodBalances' | 'periodBudgets' | 'vouchers'
  > = {
    balances: { opening: [], closing: [], results: [] },
    objectBalances: { opening: [], closing: [] },
    periodBalances: [],
    periodBudgets: [],
    vouchers: [],
  };

  /** full: keep balances, budgets and vouchers too. */
  constructor(private readonly full: boolean) {}

  add(event: SieEvent): void {
    switch (event.type) {
      case 'header':
        this.header = { ...this.header, ...event.header };
        return;
      case 'company':
        this.company = { ...this.company, ...event.company };
        return;
      case 'financialYear':
        this.years.push(event.year);
        return;
      case 'account': {
        const { number } = event.account;
        const known = this.accounts.get(number) ?? { number, name: null, type: null, unit: null, sru: null };
        this.accounts.set(number, { ...known, ...event.account });
        return;
      }
      case 'dimension':
        this.dimensions.set(event.dimension.number, event.dimension);
        return;
      case 'object':
        this.objects.set(`${event.object.dimension}\u0000${event.object.number}`, event.object);
        return;
      default:
        if (this.full) this.addRow(event);
    }
  }

  private addRow(event: SieEvent): void {
    const f = this.file;
    if (event.type === 'balance') {
      const list =
        event.label === 'IB'
          ? f.balances.opening
          : event.label === 'UB'
            ? f.balances.closing
            : f.balances.results;
      list.push(event.balance);
    } else if (event.type === 'objectBalance') {
      (event.label === 'OIB' ? f.objectBalances.opening : f.objectBalances.closing).push(event.balance);
    } else if (event.type === 'periodBalance') {
      (event.label === 'PSALDO' ? f.periodBalances : f.periodBudgets).push(event.balance);
    } else if (event.type === 'voucher') {
      f.vouchers.push(event.voucher);
    }
  }

  overview(encoding: SieEncoding): SieOverview {
    return {
      header: { ...emptyHeader(encoding), ...this.header, encoding },
      company: { ...emptyCompany(), ...this.company },
      financialYears: this.years,
      accounts: [...this.accounts.values()],
      dimensions: [...this.dimensions.values()],
      objects: [...this.objects.values()],
    };
  }

  result(encoding: SieEncoding): SieFile {
    return { ...this.overview(encoding), ...this.file };
  }
}

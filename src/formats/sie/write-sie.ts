// Writes a SieFile as SIE 4 text (SIE 4B §5 record order: identification, chart of
// accounts, balances, vouchers). Used to round-trip the reader in property tests and to
// produce test files; encode the text with encodeCp437 for a real PC8 file.
import { Crc32 } from './crc32.ts';
import { encodeCp437 } from './cp437.ts';
import type { SieBalance, SieFile, SieObjectRef, SieTransaction } from './types.ts';

export type WriteSieOptions = {
  /** Surround the records with #KSUMMA and write their checksum (§5 #KSUMMA). */
  checksum?: boolean;
  /** Line end; SIE 4B prescribes CR LF. */
  newline?: string;
};

type Field = { bare: string } | { quoted: string } | { objects: readonly SieObjectRef[] };

const bare = (v: string | number): Field => ({ bare: String(v) });
const quoted = (v: string): Field => ({ quoted: v });

function checkText(text: string): string {
  // SIE 4B has no escape for a backslash, so one just before the closing quote would escape it.
  if (text.endsWith('\\'))
    throw new RangeError(`a SIE field cannot end with a backslash: ${JSON.stringify(text)}`);
  if ([...text].some((c) => c < ' ' || c === '\u007f')) {
    throw new RangeError(
      `a SIE field cannot hold control characters or line breaks: ${JSON.stringify(text)}`,
    );
  }
  return text;
}

export function formatAmount(ore: number): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const sieDate = (iso: string): string => iso.replace(/-/g, '');

/** Optional trailing fields: nulls before a present field are written as "" (§4). */
function trailing(fields: readonly (Field | null)[]): Field[] {
  let last = fields.length - 1;
  while (last >= 0 && fields[last] === null) last--;
  return fields.slice(0, last + 1).map((f) => f ?? quoted(''));
}

export function writeSie(file: SieFile, options: WriteSieOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const lines: string[] = [];
  const crc = options.checksum ? new Crc32() : null;
  const record = (label: string, ...fields: Field[]): void => {
    let line = label;
    let content = label === '{' || label === '}' ? '' : label;
    for (const f of fields) {
      if ('bare' in f) {
        line += ` ${f.bare}`;
        content += f.bare;
      } else if ('quoted' in f) {
        line += ` "${checkText(f.quoted).replace(/"/g, '\\"')}"`;
        content += f.quoted;
      } else {
        line += ` {${f.objects.map((o) => `${o.dimension} "${checkText(o.object).replace(/"/g, '\\"')}"`).join(' ')}}`;
        content += f.objects.map((o) => `${o.dimension}${o.object}`).join('');
      }
    }
    crc?.update(encodeCp437(content));
    lines.push(line);
  };
  if (crc) lines.push('#KSUMMA');
  writeHeader(file, record);
  writeChart(file, record);
  writeBalances(file, record);
  for (const v of file.vouchers) {
    record(
      '#VER',
      quoted(v.series),
      quoted(v.number),
      bare(sieDate(v.date)),
      ...trailing([
        v.text === null ? null : quoted(v.text),
        v.registrationDate === null ? null : bare(sieDate(v.registrationDate)),
        v.sign === null ? null : quoted(v.sign),
      ]),
    );
    record('{');
    for (const t of v.transactions) {
      const fields = transFields(t);
      if (t.kind === 'added') {
        record('#RTRANS', ...fields);
        record('#TRANS', ...fields); // §5 #RTRANS: the mirror row for readers without #RTRANS
      } else record(t.kind === 'removed' ? '#BTRANS' : '#TRANS', ...fields);
    }
    record('}');
  }
  if (crc) lines.push(`#KSUMMA ${crc.value()}`);
  return lines.join(newline) + newline;
}

type Put = (label: string, ...fields: Field[]) => void;

function writeHeader(file: SieFile, record: Put): void {
  const { header: h, company: c } = file;
  if (h.flag !== null) record('#FLAGGA', bare(h.flag));
  if (h.program) record('#PROGRAM', quoted(h.program.name), quoted(h.program.version));
  record('#FORMAT', bare('PC8'));
  if (h.generated) {
    record(
      '#GEN',
      bare(sieDate(h.generated.date)),
      ...trailing([h.generated.sign === null ? null : quoted(h.generated.sign)]),
    );
  }
  if (h.sieType !== null) record('#SIETYP', bare(h.sieType));
  if (h.prosa !== null) record('#PROSA', quoted(h.prosa));
  if (c.companyType !== null) record('#FTYP', quoted(c.companyType));
  if (c.companyId !== null) record('#FNR', quoted(c.companyId));
  if (c.orgNumber !== null) {
    const extra = [c.acquisitionNumber, c.activityNumber].map((v) => (v === null ? null : quoted(v)));
    record('#ORGNR', quoted(c.orgNumber), ...trailing(extra));
  }
  if (c.sniCode !== null) record('#BKOD', quoted(c.sniCode));
  if (c.address) {
    const a = c.address;
    record('#ADRESS', quoted(a.contact), quoted(a.street), quoted(a.postal), quoted(a.phone));
  }
  if (c.name !== null) record('#FNAMN', quoted(c.name));
  for (const y of file.financialYears)
    record('#RAR', bare(y.index), bare(sieDate(y.start)), bare(sieDate(y.end)));
  if (c.taxYear !== null) record('#TAXAR', bare(c.taxYear));
  if (h.coverageDate !== null) record('#OMFATTN', bare(sieDate(h.coverageDate)));
  if (h.chartType !== null) record('#KPTYP', quoted(h.chartType));
  if (h.currency !== null) record('#VALUTA', quoted(h.currency));
}

function writeChart(file: SieFile, record: Put): void {
  for (const a of file.accounts) if (a.name !== null) record('#KONTO', quoted(a.number), quoted(a.name));
  for (const a of file.accounts) {
    if (a.type !== null) record('#KTYP', quoted(a.number), bare(a.type));
    if (a.unit !== null) record('#ENHET', quoted(a.number), quoted(a.unit));
    if (a.sru !== null) record('#SRU', quoted(a.number), quoted(a.sru));
  }
  for (const d of file.dimensions) {
    if (d.parent === null) record('#DIM', bare(d.number), quoted(d.name));
    else record('#UNDERDIM', bare(d.number), quoted(d.name), bare(d.parent));
  }
  for (const o of file.objects) record('#OBJEKT', bare(o.dimension), quoted(o.number), quoted(o.name));
}

function amountFields(b: SieBalance): Field[] {
  return [bare(formatAmount(b.amount)), ...trailing([b.quantity === null ? null : bare(b.quantity)])];
}

function writeBalances(file: SieFile, record: Put): void {
  const { balances, objectBalances } = file;
  const plain = (label: string, list: readonly SieBalance[]): void => {
    for (const b of list) record(label, bare(b.yearIndex), quoted(b.account), ...amountFields(b));
  };
  plain('#IB', balances.opening);
  plain('#UB', balances.closing);
  for (const [label, list] of [
    ['#OIB', objectBalances.opening],
    ['#OUB', objectBalances.closing],
  ] as const) {
    for (const b of list)
      record(label, bare(b.yearIndex), quoted(b.account), { objects: [b.object] }, ...amountFields(b));
  }
  plain('#RES', balances.results);
  for (const [label, list] of [
    ['#PSALDO', file.periodBalances],
    ['#PBUDGET', file.periodBudgets],
  ] as const) {
    for (const b of list) {
      const period = b.period.replace('-', '');
      record(
        label,
        bare(b.yearIndex),
        bare(period),
        quoted(b.account),
        { objects: b.objects },
        ...amountFields(b),
      );
    }
  }
}

function transFields(t: SieTransaction): Field[] {
  return [
    quoted(t.account),
    { objects: t.objects },
    bare(formatAmount(t.amount)),
    ...trailing([
      t.date === null ? null : bare(sieDate(t.date)),
      t.text === null ? null : quoted(t.text),
      t.quantity === null ? null : bare(t.quantity),
      t.sign === null ? null : quoted(t.sign),
    ]),
  ];
}

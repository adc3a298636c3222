// The records outside vouchers, one reader per label, fields in the order of SIE 4B §5
// (the "Poster" reference: #LABEL and its fields). Vouchers are in vouchers.ts.
import type { FieldCursor } from './fields-cursor.ts';
import type { SieEvent } from './types.ts';

type RecordReader = (c: FieldCursor) => SieEvent;

const ACCOUNT_TYPES = ['T', 'S', 'K', 'I'] as const;

function balance(c: FieldCursor) {
  const yearIndex = c.integer('årsnr', 'a year index such as 0 or -1');
  const account = c.account();
  const amount = c.amount('saldo');
  return { yearIndex, account, amount, quantity: c.optQuantity() };
}

function objectBalance(c: FieldCursor) {
  const yearIndex = c.integer('årsnr', 'a year index such as 0 or -1');
  const account = c.account();
  const objects = c.objectList();
  const object = objects[0];
  // §5 #OIB/#OUB: the balance of exactly one object, {dimensionsnr objektnr}.
  if (objects.length !== 1 || object === undefined) {
    c.failLast(`#${c.label} needs exactly one object {dimensionsnr objektnr}, found ${objects.length}`);
  }
  const amount = c.amount('saldo');
  return { yearIndex, account, amount, quantity: c.optQuantity(), object };
}

function periodBalance(c: FieldCursor) {
  const yearIndex = c.integer('årsnr', 'a year index such as 0 or -1');
  const period = c.period('period');
  const account = c.account();
  const objects = c.objectList();
  const amount = c.amount('saldo');
  return { yearIndex, period, account, objects, amount, quantity: c.optQuantity() };
}

export const RECORD_READERS: ReadonlyMap<string, RecordReader> = new Map<string, RecordReader>([
  [
    'FLAGGA',
    (c: FieldCursor) => {
      const v = c.integer('x', '0 or 1');
      if (v !== 0 && v !== 1) c.failLast('#FLAGGA is 0 or 1');
      return { type: 'header', header: { flag: v === 1 ? 1 : 0 } };
    },
  ],
  [
    'PROGRAM',
    (c) => ({
      type: 'header',
      header: { program: { name: c.text('programnamn'), version: c.optText('version') ?? '' } },
    }),
  ],
  ['FORMAT', (c) => ({ type: 'header', header: { format: c.text('PC8') } })],
  [
    'GEN',
    (c) => ({ type: 'header', header: { generated: { date: c.date('datum'), sign: c.optText('sign') } } }),
  ],
  [
    'SIETYP',
    (c: FieldCursor) => {
      const v = c.integer('typnr', 'a SIE type 1, 2, 3 or 4');
      if (v !== 1 && v !== 2 && v !== 3 && v !== 4) c.failLast('#SIETYP is 1, 2, 3 or 4');
      return { type: 'header', header: { sieType: v } };
    },
  ],
  ['PROSA', (c) => ({ type: 'header', header: { prosa: c.text('text') } })],
  ['FTYP', (c) => ({ type: 'company', company: { companyType: c.text('företagstyp') } })],
  ['FNR', (c) => ({ type: 'company', company: { companyId: c.text('företagsid') } })],
  [
    'ORGNR',
    (c) => ({
      type: 'company',
      company: {
        orgNumber: c.text('orgnr'),
        acquisitionNumber: c.optText('förvnr'),
        activityNumber: c.optText('verknr'),
      },
    }),
  ],
  ['BKOD', (c) => ({ type: 'company', company: { sniCode: c.text('SNI-kod') } })],
  [
    'ADRESS',
    (c) => ({
      type: 'company',
      company: {
        address: {
          contact: c.optText('kontakt') ?? '',
          street: c.optText('utdelningsadr') ?? '',
          postal: c.optText('postadr') ?? '',
          phone: c.optText('tel') ?? '',
        },
      },
    }),
  ],
  ['FNAMN', (c) => ({ type: 'company', company: { name: c.text('företagsnamn') } })],
  [
    'RAR',
    (c: FieldCursor) => {
      const index = c.integer('årsnr', 'a year index such as 0 or -1');
      const start = c.date('start');
      const end = c.date('slut');
      if (end < start) c.failLast(`#RAR ${index} ends before it starts (${start})`);
      return { type: 'financialYear', year: { index, start, end } };
    },
  ],
  ['TAXAR', (c) => ({ type: 'company', company: { taxYear: c.integer('år', 'a year such as 2024') } })],
  ['OMFATTN', (c) => ({ type: 'header', header: { coverageDate: c.date('datum') } })],
  ['KPTYP', (c) => ({ type: 'header', header: { chartType: c.text('typ') } })],
  ['VALUTA', (c) => ({ type: 'header', header: { currency: c.text('valutakod') } })],
  ['KONTO', (c) => ({ type: 'account', account: { number: c.account(), name: c.text('kontonamn') } })],
  [
    'KTYP',
    (c: FieldCursor) => {
      const number = c.account();
      const t = c.text('kontotyp');
      const type = ACCOUNT_TYPES.find((a) => a === t);
      if (type === undefined) c.failLast('#KTYP is T (tillgång), S (skuld), K (kostnad) or I (intäkt)');
      return { type: 'account', account: { number, type } };
    },
  ],
  ['ENHET', (c) => ({ type: 'account', account: { number: c.account(), unit: c.text('enhet') } })],
  ['SRU', (c) => ({ type: 'account', account: { number: c.account(), sru: c.text('SRU-kod') } })],
  [
    'DIM',
    (c) => ({
      type: 'dimension',
      dimension: {
        number: c.integer('dimensionsnr', 'a dimension number such as 1'),
        name: c.text('namn'),
        parent: null,
      },
    }),
  ],
  [
    'UNDERDIM',
    (c) => ({
      type: 'dimension',
      dimension: {
        number: c.integer('dimensionsnr', 'a dimension number such as 21'),
        name: c.text('namn'),
        parent: c.integer('superdimension', 'the parent dimension number'),
      },
    }),
  ],
  [
    'OBJEKT',
    (c) => ({
      type: 'object',
      object: {
        dimension: c.integer('dimensionsnr', 'a dimension number such as 1'),
        number: c.text('objektnr'),
        name: c.text('objektnamn'),
      },
    }),
  ],
  ['IB', (c) => ({ type: 'balance', label: 'IB', balance: balance(c) })],
  ['UB', (c) => ({ type: 'balance', label: 'UB', balance: balance(c) })],
  ['RES', (c) => ({ type: 'balance', label: 'RES', balance: balance(c) })],
  ['OIB', (c) => ({ type: 'objectBalance', label: 'OIB', balance: objectBalance(c) })],
  ['OUB', (c) => ({ type: 'objectBalance', label: 'OUB', balance: objectBalance(c) })],
  ['PSALDO', (c) => ({ type: 'periodBalance', label: 'PSALDO', balance: periodBalance(c) })],
  ['PBUDGET', (c) => ({ type: 'periodBalance', label: 'PBUDGET', balance: periodBalance(c) })],
]);

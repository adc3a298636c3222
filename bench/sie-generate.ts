// Writes a large SIE 4 file for the reader's benchmark (issue 5): header, chart of
// accounts, dimensions, balances and vouchers of 2–6 #TRANS rows each, every voucher
// balanced, with a #KSUMMA over it all. Streamed to disk in blocks, never held whole.
// The checksum is computed with node:zlib's crc32, not the reader's, so the benchmark also
// checks the reader's #KSUMMA against an independent implementation.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { crc32 } from 'node:zlib';
import { encodeCp437 } from '../src/formats/sie/cp437.ts';
import { mulberry32 } from './synthetic-plan.ts';

const ACCOUNTS = [
  ['1930', 'Bank'],
  ['1510', 'Kundfordringar'],
  ['2440', 'Leverantörsskulder'],
  ['3010', 'Medlemsbidrag'],
  ['3020', 'Statsbidrag'],
  ['4010', 'Löner'],
  ['4510', 'Köpt verksamhet'],
  ['5410', 'Förbrukningsinventarier'],
  ['6110', 'Kontorsmateriel'],
  ['6550', 'Konsulttjänster'],
] as const;
const TEXTS = ['Faktura', 'Lön', 'Köpt vård', 'Resa Umeå', 'Konsult', 'Bidrag RVN'] as const;
const FLUSH_BYTES = 1024 * 1024;

/** Fields of one record: label first, then [text, quoted] pairs and object lists. */
type Field = string | { quoted: string } | { objects: readonly (readonly [number, string])[] };

export type GeneratedSie = { path: string; transRows: number; vouchers: number; bytes: number };

export async function generateSie(path: string, transRows: number, seed = 5): Promise<GeneratedSie> {
  const out = createWriteStream(path);
  const next = mulberry32(seed);
  let block = '';
  let bytes = 0;
  let crc = 0;
  let summing = false;
  let summed = '';

  const flush = async (): Promise<void> => {
    crc = crc32(encodeCp437(summed), crc);
    summed = '';
    const data = encodeCp437(block);
    block = '';
    bytes += data.length;
    if (!out.write(data)) await once(out, 'drain');
  };
  // §5 #KSUMMA: the CRC covers labels and field contents, no separators, quotes or braces.
  const record = (label: string, ...fields: Field[]): void => {
    let line = label;
    let content = label === '{' || label === '}' ? '' : label;
    for (const f of fields) {
      if (typeof f === 'string') {
        line += ` ${f}`;
        content += f;
      } else if ('quoted' in f) {
        line += ` "${f.quoted.replace(/"/g, '\\"')}"`;
        content += f.quoted;
      } else {
        line += ` {${f.objects.map(([d, o]) => `${d} "${o}"`).join(' ')}}`;
        content += f.objects.map(([d, o]) => `${d}${o}`).join('');
      }
    }
    if (summing) summed += content;
    block += `${line}\r\n`;
  };

  record('#KSUMMA');
  summing = true;
  record('#FLAGGA', '0');
  record('#PROGRAM', { quoted: 'Planvis bench' }, '1.0');
  record('#FORMAT', 'PC8');
  record('#GEN', '20250110');
  record('#SIETYP', '4');
  record('#FNAMN', { quoted: 'Norra sjukvårdsregionförbundet' });
  record('#ORGNR', '222000-1234');
  record('#RAR', '0', '20240101', '20241231');
  for (const [n, name] of ACCOUNTS) record('#KONTO', n, { quoted: name });
  record('#DIM', '1', { quoted: 'Kostnadsställe' });
  for (let o = 100; o < 110; o++) record('#OBJEKT', '1', { quoted: String(o) }, { quoted: `Enhet ${o}` });
  record('#IB', '0', '1930', '1500000.00');

  let written = 0;
  let vouchers = 0;
  while (written < transRows) {
    const left = transRows - written;
    let rows = 2 + Math.floor(next() * 5);
    if (left - rows < 2) rows = left; // never leave a one-row voucher at the end
    vouchers++;
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    const date = `2024${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const text = TEXTS[Math.floor(next() * TEXTS.length)] ?? '';
    // The voucher lines are built directly (the hot loop); record() would give the same.
    const verText = `${text} ${vouchers}`;
    block += `#VER A ${vouchers} ${date} "${verText}"\r\n{\r\n`;
    summed += `#VERA${vouchers}${date}${verText}`;
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      const account = ACCOUNTS[Math.floor(next() * ACCOUNTS.length)]?.[0] ?? '1930';
      const ore = r === rows - 1 ? -sum : Math.floor((next() - 0.5) * 20_000_000);
      sum += ore;
      const abs = Math.abs(ore);
      const amount = `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
      const object = next() < 0.5 ? String(100 + Math.floor(next() * 10)) : null;
      const rowText = r === 0 ? text : '';
      block += `#TRANS ${account} {${object === null ? '' : `1 "${object}"`}} ${amount} ${date} "${rowText}"\r\n`;
      summed += `#TRANS${account}${object === null ? '' : `1${object}`}${amount}${date}${rowText}`;
    }
    block += '}\r\n';
    written += rows;
    if (block.length >= FLUSH_BYTES) await flush();
  }
  summing = false;
  await flush();
  record('#KSUMMA', String(crc >>> 0));
  await flush();
  out.end();
  await once(out, 'finish');
  return { path, transRows: written, vouchers, bytes };
}

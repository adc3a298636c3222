// The chart of accounts, dimensions and objects belong to the organisation, not to one
// import: each import upserts them (names and types from the latest file) and none are
// deleted, since other years' rows still name them.
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { SieOverview } from '../../formats/sie/collect.ts';
import type { Database } from '../schema.ts';
import { BatchWriter } from './batches.ts';
import type { ConstantSpec } from './batches.ts';

export async function upsertChart(
  trx: Transaction<Database>,
  orgId: string,
  importId: string,
  overview: SieOverview,
  batchRows: number,
): Promise<{ accounts: number; dimensions: number; objects: number }> {
  const constants: ConstantSpec[] = [
    { name: 'org_id', type: 'uuid', value: orgId },
    { name: 'import_id', type: 'uuid', value: importId },
  ];
  const accounts = new BatchWriter(
    trx,
    'accounts',
    [
      { name: 'number', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'type', type: 'text' },
      { name: 'unit', type: 'text' },
      { name: 'sru', type: 'text' },
    ],
    {
      constants,
      batchRows,
      // A #KTYP or #SRU alone (no #KONTO) keeps what is already stored.
      suffix: sql`on conflict (org_id, number) do update set name = coalesce(excluded.name, accounts.name),
        type = coalesce(excluded.type, accounts.type), unit = coalesce(excluded.unit, accounts.unit),
        sru = coalesce(excluded.sru, accounts.sru), import_id = excluded.import_id`,
    },
  );
  for (const a of overview.accounts) await accounts.add([a.number, a.name, a.type, a.unit, a.sru]);
  await accounts.flush();

  const dimensions = new BatchWriter(
    trx,
    'dimensions',
    [
      { name: 'number', type: 'integer' },
      { name: 'name', type: 'text' },
      { name: 'parent', type: 'integer' },
    ],
    {
      constants,
      batchRows,
      suffix: sql`on conflict (org_id, number) do update set name = excluded.name, parent = excluded.parent,
        import_id = excluded.import_id`,
    },
  );
  for (const d of overview.dimensions) await dimensions.add([d.number, d.name, d.parent]);
  await dimensions.flush();

  const objects = new BatchWriter(
    trx,
    'objects',
    [
      { name: 'dimension', type: 'integer' },
      { name: 'number', type: 'text' },
      { name: 'name', type: 'text' },
    ],
    {
      constants,
      batchRows,
      suffix: sql`on conflict (org_id, dimension, number) do update set name = excluded.name,
        import_id = excluded.import_id`,
    },
  );
  for (const o of overview.objects) await objects.add([o.dimension, o.number, o.name]);
  await objects.flush();

  return { accounts: accounts.written, dimensions: dimensions.written, objects: objects.written };
}

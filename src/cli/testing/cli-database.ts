// The database a command-line test's commands open, as `planvis serve` would: a fresh
// PLANVIS_DATA_DIR for the embedded one, or with the server its own schema (dropped after)
// through DATABASE_URL. Vitest runs each file in its own process, so the environment is ours.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../../db/open.ts';

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Registers beforeAll/afterAll that point the commands at a fresh database of `kind`. */
export function useCliDatabase(kind: DatabaseKind, name: string): void {
  const schema = `planvis_cli_${name}_${process.pid}_${Date.now()}`;
  const url = process.env.TEST_DATABASE_URL ?? '';
  beforeAll(async () => {
    process.env.PLANVIS_DATA_DIR = join(mkdtempSync(join(tmpdir(), `planvis-${name}-cli-`)), 'data');
    process.env.DATABASE_URL = '';
    if (kind === 'postgres') {
      await onServer(url, `create schema ${schema}`);
      process.env.DATABASE_URL = `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    }
  }, 120_000);
  afterAll(async () => {
    if (kind === 'postgres') await onServer(url, `drop schema ${schema} cascade`);
  });
}

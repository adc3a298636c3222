// Opens the database the way `planvis serve` does (ARCHITECTURE.md, "commands and the
// database"): the data directory from PLANVIS_DATA_DIR (default ./data) or the server in
// DATABASE_URL, migrated and seeded with the organisation and the bundled plans.
import { resolve } from 'node:path';
import { migrate } from '../../db/migrate.ts';
import { openDatabase } from '../../db/open.ts';
import type { Db } from '../../db/open.ts';
import { seedOrganisation } from '../../db/plan-store/seed.ts';
import type { SeedResult } from '../../db/plan-store/seed.ts';
import { bundledPlanFiles } from './plan-source.ts';

export type DatabaseConfig = { dataDir: string; databaseUrl: string | undefined };

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return { dataDir: resolve(env.PLANVIS_DATA_DIR ?? './data'), databaseUrl: env.DATABASE_URL || undefined };
}

/** The organisation every installation starts with: the first customer. */
export const FIRST_ORGANISATION = {
  code: 'NRF',
  name: 'Norra sjukvårdsregionförbundet',
  kind: 'federation' as const,
};

export type PreparedDatabase = { db: Db; seed: SeedResult; migrated: number[] };

export async function prepareDatabase(config: DatabaseConfig, purpose: string): Promise<PreparedDatabase> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose });
  try {
    const migrated = await migrate(db);
    const seed = await seedOrganisation(db, FIRST_ORGANISATION, bundledPlanFiles());
    return { db, seed, migrated };
  } catch (error) {
    await db.close();
    throw error;
  }
}

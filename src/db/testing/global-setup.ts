// Vitest global setup: one migrated PGlite template per test run, copied by each test.
import { rmSync } from 'node:fs';
import { prepareTemplate, TEMPLATE_DIR } from './test-database.ts';

export async function setup(): Promise<void> {
  await prepareTemplate();
}

export function teardown(): void {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
}

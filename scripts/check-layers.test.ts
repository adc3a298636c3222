import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.ts';

describe('layer check', () => {
  it('passes on the project sources', () => {
    expect(checkLayers(fileURLToPath(new URL('../src', import.meta.url)))).toEqual([]);
  });

  it('rejects upward imports and impure core imports, naming file and line', () => {
    expect(checkLayers(fileURLToPath(new URL('./fixtures/bad-src', import.meta.url)))).toEqual([
      'src/app/upward.ts:2: the app layer must not import the api layer ("../api/app.ts")',
      'src/contract/upward.ts:2: the contract layer must not import the app layer ("../app/context.ts")',
      'src/core/money/bad.ts:1: src/core must not import the Node built-in "node:fs" (core runs in the browser too)',
      'src/core/money/bad.ts:2: the core layer must not import the formats layer ("../../formats/a.ts")',
      'src/core/money/bad.ts:3: src/core must not import the package "zod"; keep core pure',
      'src/web/db.ts:2: the web layer must not import the db layer ("../db/open.ts")',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectsJson } from './objects-json.ts';

describe('objectsJson', () => {
  it('writes what JSON.stringify writes, whatever the object names hold', () => {
    const ref = fc.record({ dimension: fc.integer({ min: 0, max: 1_000_000 }), object: fc.string() });
    fc.assert(
      fc.property(fc.array(ref, { minLength: 1, maxLength: 4 }), (objects) => {
        expect(objectsJson(objects)).toBe(JSON.stringify(objects));
      }),
      { numRuns: 500 },
    );
  });

  it('writes null for a row without objects', () => {
    expect(objectsJson([])).toBeNull();
    expect(objectsJson([{ dimension: 1, object: 'Umeå "\\t' }])).toBe(
      '[{"dimension":1,"object":"Umeå \\"\\\\t"}]',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parsePath, pathLocator } from './locate.ts';

const text = [
  'budget:',
  '  lines:',
  '    - key: a',
  '      amounts:',
  '        2026: 5',
  '        2027: 6',
  'x: 1',
  '',
].join('\n');

describe('locating a path in a plan file', () => {
  it('splits a path into keys and indexes', () => {
    expect(parsePath('contributions[0].areas[4].rows[0].total')).toEqual([
      'contributions',
      0,
      'areas',
      4,
      'rows',
      0,
      'total',
    ]);
  });

  it('gives the line of the node, or of its nearest existing parent', () => {
    const lineOf = pathLocator(text);
    expect(lineOf('budget.lines[0].amounts.2027')).toBe(6);
    expect(lineOf('budget.lines[0].amounts.2030')).toBe(4);
    expect(lineOf('x')).toBe(7);
  });
});

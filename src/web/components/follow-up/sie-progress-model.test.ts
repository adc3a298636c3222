// The SIE upload's progress in words, sv-SE figures (no-break space in groups and before %).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpSieEn, followUpSieSv } from '../../i18n/pages/follow-up-sie.ts';
import { describeProgress, newUploadId } from './sie-progress-model.ts';
import type { SieUploadProgress } from './sie-types.ts';

const sv = followUpSieSv.progress;
const at = (p: Omit<SieUploadProgress, 'progressId' | 'updatedAt'>): SieUploadProgress => ({
  progressId: '0b6f7c8e-2f4d-4c1a-9a57-3d1c2e4b5a69',
  updatedAt: '2026-03-02T09:00:00.000Z',
  ...p,
});
const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('describeProgress', () => {
  it('says the upload has begun before the server has reported', () => {
    expect(describeProgress(null, sv)).toEqual({ phase: 'Laddar upp filen …', detail: null, bar: null });
  });

  it('gives megabytes received, of the declared size when there is one', () => {
    // 12 345 678 of 50 000 000 bytes: 12,3 of 50,0 MB, 24,69 % shown as 24 %.
    expect(
      describeProgress(at({ phase: 'upload', rows: 0, bytes: 12_345_678, totalBytes: 50_000_000 }), sv),
    ).toEqual({
      phase: 'Laddar upp filen …',
      detail: `12,3 av ${nb('50,0 MB')} (${nb('24 %')})`,
      bar: { value: 12_345_678, max: 50_000_000 },
    });
    expect(describeProgress(at({ phase: 'upload', rows: 0, bytes: 1_250_000 }), sv)).toEqual({
      phase: 'Laddar upp filen …',
      detail: nb('1,3 MB'),
      bar: null,
    });
  });

  it('gives rows stored and the share of the file read while storing', () => {
    // 22 590 000 of 50 000 000 bytes read: 45,18 % shown as 45 %.
    const storing = at({ phase: 'store', rows: 123_456, bytes: 22_590_000, totalBytes: 50_000_000 });
    expect(describeProgress(storing, sv)).toEqual({
      phase: 'Sparar …',
      detail: `${nb('123 456')} rader (${nb('45 %')} av filen läst)`,
      bar: { value: 22_590_000, max: 50_000_000 },
    });
    expect(describeProgress(storing, followUpSieEn.progress).detail).toBe(
      `${nb('123 456')} rows (${nb('45 %')} of the file read)`,
    );
    // Never 100 % before the end: 49 999 999 of 50 000 000 is 99 %.
    expect(
      describeProgress(at({ phase: 'store', rows: 1, bytes: 49_999_999, totalBytes: 50_000_000 }), sv).detail,
    ).toBe(`1 rad (${nb('99 %')} av filen läst)`);
  });

  it('shows the later phases as work without a share', () => {
    expect(describeProgress(at({ phase: 'index', rows: 0 }), sv)).toEqual({
      phase: 'Bygger index …',
      detail: null,
      bar: null,
    });
    expect(describeProgress(at({ phase: 'validate', rows: 0 }), sv).phase).toBe('Kontrollerar filen …');
    expect(describeProgress(at({ phase: 'done', rows: 1_000_031, totalRows: 1_000_031 }), sv)).toEqual({
      phase: 'Klart.',
      detail: `${nb('1 000 031')} rader`,
      bar: { value: 1, max: 1 },
    });
  });
});

describe('newUploadId', () => {
  afterEach(() => vi.unstubAllGlobals());
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a random UUID, also where crypto.randomUUID is missing (plain HTTP)', () => {
    expect(newUploadId()).toMatch(V4);
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xff) });
    expect(newUploadId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0) });
    expect(newUploadId()).toBe('00000000-0000-4000-8000-000000000000');
  });
});

// The page's period helpers: ids for new periods, and an activity's status at a period
// (the entry for that period, else the latest one before it).
import { describe, expect, it } from 'vitest';
import type { ActivityWire, FollowUpPeriodWire } from '../../api/plan-types.ts';
import { defaultAsOf, newPeriodId, periodsUpTo, sortPeriods, statusOf } from './follow-up.ts';

const periods: FollowUpPeriodWire[] = [
  { id: 'helar-2026', kind: 'annual', year: 2026, asOf: '2026-12-31' },
  { id: 'delar-2026', kind: 'interim', year: 2026, asOf: '2026-08-31' },
  { id: 'delar-2027', kind: 'interim', year: 2027, asOf: '2027-08-31' },
];

const activity = (followUp: ActivityWire['followUp']): ActivityWire => ({
  id: 'mal-1-a1',
  label: null,
  text: 'Driva arbetet med framtagande av nytt regionvårdsavtal',
  context: null,
  prioritised: true,
  recurring: false,
  responsible: null,
  followUp,
  subActivities: [],
});

describe('follow-up periods on the page', () => {
  it('orders periods by their as-of date and cuts at the chosen one', () => {
    expect(sortPeriods(periods).map((p) => p.id)).toEqual(['delar-2026', 'helar-2026', 'delar-2027']);
    expect(periodsUpTo(periods, 'helar-2026')).toEqual(['delar-2026', 'helar-2026']);
  });

  it('shows the status recorded for the period, else the latest before it, else not started', () => {
    const a = activity([
      { period: 'delar-2026', status: 'inProgress', comment: 'Utkast klart.' },
      { period: 'delar-2027', status: 'done' },
    ]);
    expect(statusOf(a, periodsUpTo(periods, 'delar-2026'))).toEqual({
      status: 'inProgress',
      comment: 'Utkast klart.',
      recordedFor: 'delar-2026',
    });
    // Nothing recorded at helår 2026: delår 2026 carries over.
    expect(statusOf(a, periodsUpTo(periods, 'helar-2026')).recordedFor).toBe('delar-2026');
    expect(statusOf(a, periodsUpTo(periods, 'delar-2027')).status).toBe('done');
    expect(statusOf(activity([]), periodsUpTo(periods, 'delar-2027'))).toEqual({ status: 'notStarted' });
  });

  it('names a new period readably and never reuses an id', () => {
    expect(newPeriodId('interim', 2028, '2028-08-31', ['delar-2026'])).toBe('delar-2028');
    expect(newPeriodId('interim', 2026, '2026-04-30', ['delar-2026'])).toBe('delar-2026-04-30');
    expect(newPeriodId('interim', 2026, '2026-04-30', ['delar-2026', 'delar-2026-04-30'])).toBe(
      'delar-2026-04-30-2',
    );
    expect(newPeriodId('annual', 2026, '2026-12-31', ['delar-2026'])).toBe('helar-2026');
  });

  it('proposes 31 August for a delårsrapport and 31 December for the year', () => {
    expect(defaultAsOf('interim', 2026)).toBe('2026-08-31');
    expect(defaultAsOf('annual', 2027)).toBe('2027-12-31');
  });
});

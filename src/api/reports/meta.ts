// What a printed report says about its version: built from the version row, with the
// print date in Swedish time (a report printed at 00:30 on 1 January is dated that day).
import type { DocumentMeta } from '../../formats/documents/meta.ts';
import type { VersionHead } from '../../db/plan-store/versions.ts';

export function todayInSweden(now: Date = new Date()): string {
  // sv-SE formats dates as ISO (2026-01-15).
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

export function documentMetaOf(
  row: Pick<VersionHead, 'number' | 'label' | 'status' | 'decided_on' | 'decision_paragraph'>,
  organisationName: string,
  printedOn: string = todayInSweden(),
): DocumentMeta {
  return {
    organisationName,
    version: {
      number: row.number,
      label: row.label,
      status: row.status,
      decision: row.decided_on ? { date: row.decided_on, paragraph: row.decision_paragraph } : null,
    },
    printedOn,
  };
}

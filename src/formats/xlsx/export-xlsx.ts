// A plan's figures as an Excel workbook: the budget, each revenue note and each
// contribution table (Bilaga 1) on a sheet of its own, real numbers with number formats
// and formulas for every sum, so the workbook stays live when someone edits it. The
// budget sheet can be read back with importBudgetXlsx.
import ExcelJS from 'exceljs';
import type { Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from '../documents/meta.ts';
import { writeBudgetSheet } from './budget-sheet.ts';
import { writeContributionsSheet } from './contributions-sheet.ts';
import { contributionsSheetName, notesSheetName } from './layout.ts';
import { writeNotesSheet } from './notes-sheet.ts';

/** A sheet name not yet used: a second note for the same year gets " (2)". */
function uniqueName(used: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
  used.add(candidate);
  return candidate;
}

export async function renderPlanXlsx(plan: Plan, meta: DocumentMeta): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planvis';
  workbook.title = `${plan.title}, version ${meta.version.number}`;
  workbook.company = meta.organisationName;
  // The print date, not the clock: the same version prints the same workbook.
  workbook.created = new Date(`${meta.printedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  // Ask Excel to recalculate on open, so the cached formula results are only a fallback.
  workbook.calcProperties.fullCalcOnLoad = true;

  const used = new Set<string>();
  writeBudgetSheet(workbook, plan.budget);
  used.add('Budget');
  for (const notes of plan.revenueNotes)
    writeNotesSheet(workbook, notes, uniqueName(used, notesSheetName(notes.year)));
  for (const table of plan.contributions)
    writeContributionsSheet(
      workbook,
      table,
      plan.members,
      uniqueName(used, contributionsSheetName(table.year)),
    );

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

// One entry point for every downloadable report of a plan version: the plan document as
// PDF or DOCX, the follow-up report for a period as PDF or DOCX, and the figures as XLSX.
// The API runs it in a worker thread, the command line in process.
import type { Plan } from '../../core/plan/types.ts';
import type { FollowUpOutcome } from '../documents/follow-up-outcome.ts';
import type { DocumentMeta } from '../documents/meta.ts';
import { renderFollowUpDocx, renderPlanDocx } from '../docx/index.ts';
import { renderFollowUpPdf, renderPlanPdf } from '../pdf/index.ts';
import { renderPlanXlsx } from '../xlsx/export-xlsx.ts';

export type ReportFormat = 'pdf' | 'docx' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx', 'xlsx'];

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ReportRequest = {
  format: ReportFormat;
  plan: Plan;
  meta: DocumentMeta;
  /** A follow-up period's id: the follow-up report instead of the plan (PDF and DOCX only). */
  period?: string;
  /** The period's outcome for the follow-up report (plain data: it crosses to the worker). */
  outcome?: FollowUpOutcome;
};

/** Bad requests a caller can fix (an unknown period, a period for XLSX): 400 / exit 2. */
export class ReportRequestError extends Error {}

export function checkReportRequest(request: Pick<ReportRequest, 'format' | 'plan' | 'period'>): void {
  const { format, plan, period } = request;
  if (period === undefined) return;
  if (format === 'xlsx')
    throw new ReportRequestError('the follow-up report is a document: ask for pdf or docx, not xlsx');
  if (!plan.followUpPeriods.some((p) => p.id === period)) {
    const known = plan.followUpPeriods.map((p) => p.id).join(', ') || 'none';
    throw new ReportRequestError(`unknown follow-up period "${period}"; the plan has ${known}`);
  }
}

export function renderReport(request: ReportRequest): Promise<Uint8Array> {
  try {
    checkReportRequest(request);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const { format, plan, meta, period, outcome } = request;
  if (format === 'xlsx') return renderPlanXlsx(plan, meta);
  if (period !== undefined)
    return format === 'pdf'
      ? renderFollowUpPdf(plan, meta, period, outcome)
      : renderFollowUpDocx(plan, meta, period, outcome);
  return format === 'pdf' ? renderPlanPdf(plan, meta) : renderPlanDocx(plan, meta);
}

/** The file name a download gets: nrf-2026-2028-v1.pdf, nrf-2026-2028-v1-2026-interim.pdf. */
export function reportFileName(slug: string, version: number, format: ReportFormat, period?: string): string {
  const safePeriod = period?.replace(/[^A-Za-z0-9-]/g, '-');
  return `${slug}-v${version}${safePeriod ? `-${safePeriod}` : ''}.${format}`;
}

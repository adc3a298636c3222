// The plan and the follow-up report as PDF: built as the neutral document model
// (../documents) and rendered with PDFKit (tagged, sv-SE, DejaVu fonts embedded).
import type { Plan } from '../../core/plan/types.ts';
import { followUpDocument } from '../documents/follow-up-document.ts';
import type { FollowUpOutcome } from '../documents/follow-up-outcome.ts';
import type { DocumentMeta } from '../documents/meta.ts';
import { planDocument } from '../documents/plan-document.ts';
import { renderPdf } from './render.ts';

export function renderPlanPdf(plan: Plan, meta: DocumentMeta): Promise<Uint8Array> {
  try {
    return renderPdf(planDocument(plan, meta));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Rejects with a RangeError naming the plan's periods when `period` is not one of them.
 * With `outcome`, the report has budget versus outcome, forecast and balanskravsutredning.
 */
export function renderFollowUpPdf(
  plan: Plan,
  meta: DocumentMeta,
  period: string,
  outcome?: FollowUpOutcome,
): Promise<Uint8Array> {
  try {
    return renderPdf(followUpDocument(plan, meta, period, undefined, outcome));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

// The plan and the follow-up report as PDF: built as the neutral document model
// (../documents) and rendered with PDFKit (tagged, sv-SE, DejaVu fonts embedded).
import type { Plan } from '../../core/plan/types.ts';
import { followUpDocument } from '../documents/follow-up-document.ts';
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

/** Rejects with a RangeError naming the plan's periods when `period` is not one of them. */
export function renderFollowUpPdf(plan: Plan, meta: DocumentMeta, period: string): Promise<Uint8Array> {
  try {
    return renderPdf(followUpDocument(plan, meta, period));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

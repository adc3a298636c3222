// Placeholder: the Pdf renderers of the plan and the follow-up report are being written.
import type { Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from '../documents/meta.ts';

export function renderPlanPdf(plan: Plan, meta: DocumentMeta): Promise<Uint8Array> {
  return Promise.reject(
    new Error(`pdf output is not built yet (${plan.title}, version ${meta.version.number})`),
  );
}

export function renderFollowUpPdf(plan: Plan, meta: DocumentMeta, period: string): Promise<Uint8Array> {
  return Promise.reject(
    new Error(
      `pdf output is not built yet (${plan.title}, period ${period}, version ${meta.version.number})`,
    ),
  );
}

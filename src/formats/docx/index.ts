// Placeholder: the Docx renderers of the plan and the follow-up report are being written.
import type { Plan } from '../../core/plan/types.ts';
import type { DocumentMeta } from '../documents/meta.ts';

export function renderPlanDocx(plan: Plan, meta: DocumentMeta): Promise<Uint8Array> {
  return Promise.reject(
    new Error(`docx output is not built yet (${plan.title}, version ${meta.version.number})`),
  );
}

export function renderFollowUpDocx(plan: Plan, meta: DocumentMeta, period: string): Promise<Uint8Array> {
  return Promise.reject(
    new Error(
      `docx output is not built yet (${plan.title}, period ${period}, version ${meta.version.number})`,
    ),
  );
}

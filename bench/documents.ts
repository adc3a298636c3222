// Rendering the documents of NRF's 2026–2028 plan (issue 6: "under 2 s for the NRF plan"):
// PDF, DOCX and XLSX, each timed in this process after a warm-up (fonts, JIT). The API
// renders them in a worker thread with the same functions, so this is the time a user
// waits for a download, less the request.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { DocumentMeta } from '../src/formats/documents/meta.ts';
import { renderPlanDocx } from '../src/formats/docx/index.ts';
import { renderPlanPdf } from '../src/formats/pdf/index.ts';
import { readPlan } from '../src/formats/plan-file/read-plan.ts';
import { renderPlanXlsx } from '../src/formats/xlsx/export-xlsx.ts';
import { median, percentile } from './harness.ts';

const NRF_FILE = fileURLToPath(new URL('../data/plans/nrf-2026-2028.yaml', import.meta.url));
export const DOCUMENT_TARGET_MS = 2000;

export type DocumentTiming = {
  format: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  bytes: number;
};

export async function runDocumentBenchmarks(): Promise<{
  timings: DocumentTiming[];
  targets: { name: string; target: string; value: number; met: boolean }[];
}> {
  const plan = readPlan(readFileSync(NRF_FILE, 'utf8'), NRF_FILE);
  const meta: DocumentMeta = {
    organisationName: 'Norra sjukvårdsregionförbundet',
    version: { number: 1, label: null, status: 'draft', decision: null },
    printedOn: '2026-11-22',
  };
  const renderers: [string, () => Promise<Uint8Array>][] = [
    ['pdf', () => renderPlanPdf(plan, meta)],
    ['docx', () => renderPlanDocx(plan, meta)],
    ['xlsx', () => renderPlanXlsx(plan, meta)],
  ];
  const timings: DocumentTiming[] = [];
  for (const [format, render] of renderers) {
    await render(); // warm-up
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      bytes = (await render()).length;
      samples.push(performance.now() - start);
    }
    const sorted = samples.sort((a, b) => a - b);
    timings.push({
      format,
      samples: sorted.length,
      medianMs: median(sorted),
      p95Ms: percentile(sorted, 95),
      bytes,
    });
  }
  return {
    timings,
    targets: timings.map((t) => ({
      name: `NRF 2026–2028 plan as ${t.format.toUpperCase()} (median)`,
      target: `< ${DOCUMENT_TARGET_MS} ms`,
      value: t.medianMs,
      met: t.medianMs < DOCUMENT_TARGET_MS,
    })),
  };
}

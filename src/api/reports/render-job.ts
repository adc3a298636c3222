// Inside the report worker thread: renders each job it is sent and posts the bytes back
// (transferred, not copied). Errors go back by name and message.
import { parentPort } from 'node:worker_threads';
import { renderReport } from '../../formats/report/render.ts';
import type { ReportRequest } from '../../formats/report/render.ts';

export type RenderJob = { id: number; request: ReportRequest };
export type RenderReply =
  | { id: number; ok: true; data: Uint8Array; ms: number }
  | { id: number; ok: false; name: string; message: string };

parentPort?.on('message', (job: RenderJob) => {
  const started = performance.now();
  renderReport(job.request).then(
    (rendered) => {
      // Transfer only a buffer of our own: a small Node Buffer may share a pooled slab.
      const whole = rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength;
      const data = whole ? rendered : rendered.slice();
      const reply: RenderReply = { id: job.id, ok: true, data, ms: performance.now() - started };
      parentPort?.postMessage(reply, [data.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      const reply: RenderReply = { id: job.id, ok: false, name: e.constructor.name, message: e.message };
      parentPort?.postMessage(reply);
    },
  );
});

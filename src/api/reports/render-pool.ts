// Reports are rendered off the request path: in one long-lived worker thread, so a
// 1–2 s PDF never blocks the event loop that serves every other request. The worker is
// started on first use, kept for later jobs, and does not keep the process alive when idle.
import { Worker } from 'node:worker_threads';
import { ReportRequestError } from '../../formats/report/render.ts';
import type { ReportRequest } from '../../formats/report/render.ts';
import type { RenderJob, RenderReply } from './render-job.ts';

const JOB_TIMEOUT_MS = 60_000;

type Pending = {
  resolve: (data: RenderResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};
export type RenderResult = { data: Uint8Array; ms: number };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const [id, job] of pending) {
    clearTimeout(job.timer);
    job.reject(error);
    pending.delete(id);
  }
}

function startWorker(): Worker {
  const w = new Worker(new URL('./render-worker.mjs', import.meta.url));
  w.on('message', (reply: RenderReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    clearTimeout(job.timer);
    if (pending.size === 0) w.unref();
    if (reply.ok) job.resolve({ data: reply.data, ms: reply.ms });
    else {
      const error =
        reply.name === 'ReportRequestError' || reply.name === 'RangeError'
          ? new ReportRequestError(reply.message)
          : new Error(`rendering failed: ${reply.message}`);
      job.reject(error);
    }
  });
  w.on('error', (error) => {
    if (worker === w) worker = null;
    failAll(new Error(`the report worker failed: ${error.message}`));
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    failAll(new Error(`the report worker stopped (exit ${code})`));
  });
  w.unref();
  return w;
}

/** Renders in the worker thread; an unknown period or the like rejects with ReportRequestError. */
export function renderInWorker(request: ReportRequest): Promise<RenderResult> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise<RenderResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`rendering took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped`));
      // A stuck renderer would block every later job: start afresh.
      if (worker === w) worker = null;
      void w.terminate();
    }, JOB_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    w.ref();
    const job: RenderJob = { id, request };
    w.postMessage(job);
  });
}

/** Stops the worker (tests; a server shutting down). */
export async function stopRenderWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

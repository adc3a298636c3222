// Reports over HTTP: the files with their content type and name, what a member region
// sees, rendering time, and the XLSX round trip into a draft with revision checks,
// audit entries and each bad cell reported.
import JSZip from 'jszip';
import { fileURLToPath } from 'node:url';
import type { Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../db/plan-store/actor.ts';
import { seedOrganisation } from '../../db/plan-store/seed.ts';
import { decideVersion, findVersion, reviseVersion } from '../../db/plan-store/versions.ts';
import { loadWorkbook } from '../../formats/xlsx/load.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/middleware.ts';
import { createTestContext } from '../testing/test-app.ts';
import type { Client, TestContext } from '../testing/test-app.ts';
import { stopRenderWorker } from './render-pool.ts';

const PLANS = fileURLToPath(new URL('../../../data/plans/', import.meta.url));
const P = '/api/v1/plans/nrf-2026-2028';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let ctx: TestContext;
let draft: { number: number; revision: number };

async function bytes(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

/** Posts a workbook as the browser would: session cookie, CSRF token, the file as the body. */
async function postXlsx(client: Client, path: string, body: Uint8Array): Promise<Response> {
  const session = client.session;
  if (!session) throw new Error('log in first');
  return await ctx.app.request(path, {
    method: 'POST',
    headers: {
      cookie: `${SESSION_COOKIE}=${session.token}`,
      [CSRF_HEADER]: session.csrfToken,
      'content-type': XLSX,
    },
    body,
  });
}

async function edited(data: Uint8Array, edit: (s: Worksheet) => void): Promise<Uint8Array> {
  const wb = await loadWorkbook(data);
  const sheet = wb.getWorksheet('Budget');
  if (!sheet) throw new Error('no Budget sheet');
  edit(sheet);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  ctx = await createTestContext('pglite');
  await seedOrganisation(
    ctx.db,
    { code: 'NRF', name: 'Norra sjukvårdsregionförbundet', kind: 'federation' },
    [`${PLANS}nrf-2026-2028.yaml`],
  );
  const v1 = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', '1');
  const decided = await ctx.db.db
    .transaction()
    .execute((trx) =>
      decideVersion(
        trx,
        systemActor(ctx.orgId),
        'nrf-2026-2028',
        v1,
        { date: '2025-12-03', paragraph: '§ 12' },
        v1.revision,
      ),
    );
  const v2 = await ctx.db.db
    .transaction()
    .execute((trx) => reviseVersion(trx, systemActor(ctx.orgId), 'nrf-2026-2028', decided));
  draft = { number: v2.number, revision: v2.revision };
});
afterAll(async () => {
  await stopRenderWorker();
  await ctx.close();
});

describe('GET …/report.{pdf|docx|xlsx}', () => {
  it('returns the workbook as an attachment named after plan and version', async () => {
    const reader = await ctx.login('reader');
    const response = await reader.get(`${P}/versions/1/report.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="nrf-2026-2028-v1.xlsx"');
    const budget = (await loadWorkbook(await bytes(response))).getWorksheet('Budget');
    expect(budget?.getCell('D8').value).toBe(10279); // Bidrag från medlemmar 2026
  });

  // How fast the documents render is measured by `npm run bench -- --only documents`.
  it('renders the NRF plan as PDF in the worker, named after plan and version', async () => {
    const reader = await ctx.login('reader');
    const response = await reader.get(`${P}/versions/latest/report.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="nrf-2026-2028-v${draft.number}.pdf"`,
    );
    expect(new TextDecoder().decode((await bytes(response)).slice(0, 5))).toBe('%PDF-');
  });

  it('renders the NRF plan as DOCX: a zip whose document names the budget figures', async () => {
    const reader = await ctx.login('reader');
    const response = await reader.get(`${P}/versions/1/report.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="nrf-2026-2028-v1.docx"');
    const zip = await JSZip.loadAsync(await bytes(response));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Bidrag från medlemmar 2026 and the 2026 result, in sv-SE form (no-break space, U+2212).
    expect(xml).toContain('10\u00a0279');
    expect(xml).toContain('\u22121\u00a0988');
  });

  it('gives a member region only decided versions and only its own column', async () => {
    const member = await ctx.login('member');
    expect((await member.get(`${P}/versions/${draft.number}/report.xlsx`)).status).toBe(404);
    const response = await member.get(`${P}/versions/1/report.xlsx`);
    expect(response.status).toBe(200);
    const sheet = (await loadWorkbook(await bytes(response))).getWorksheet('Bilaga 1 2026');
    // Key row: the member's code, then the row-sum column; no other region.
    expect([4, 5].map((c) => sheet?.getRow(2).getCell(c).value)).toEqual(['RVN', '#result']);
    expect(sheet?.getRow(3).getCell(4).value).toBe('Region VN');
  });

  it('answers 400 for an unknown follow-up period or a period with xlsx', async () => {
    const reader = await ctx.login('reader');
    const pdf = await reader.get(`${P}/versions/1/report.pdf?period=2030-annual`);
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { error: { message: string } }).error.message).toBe(
      'unknown follow-up period "2030-annual"; the plan has none',
    );
    expect((await reader.get(`${P}/versions/1/report.xlsx?period=x`)).status).toBe(400);
  });
});

describe('POST …/import-xlsx', () => {
  it('stores exactly the changed figure with an audit entry, then refuses a stale second import', async () => {
    const economist = await ctx.login('economist');
    const exported = await bytes(await economist.get(`${P}/versions/${draft.number}/report.xlsx`));
    // otherCosts 2027 (row 7, column E): −1 424 → −1 500.
    const changed = await edited(exported, (s) => (s.getCell('E7').value = -1500));
    const path = `${P}/versions/${draft.number}/import-xlsx?revision=${draft.revision}`;
    const response = await postXlsx(economist, path, changed);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { version: { revision: number }; changed: unknown[] };
    expect(body.changed).toEqual([{ path: 'budget.lines[3].amounts.2027', before: -1424, after: -1500 }]);
    expect(body.version.revision).toBe(draft.revision + 1);

    const budget = (await (await economist.get(`${P}/versions/${draft.number}/budget`)).json()) as {
      lines: { key: string; amountsOre: Record<string, number> }[];
    };
    expect(budget.lines.find((l) => l.key === 'otherCosts')?.amountsOre['2027']).toBe(-150_000_000);
    const audit = await ctx.db.db
      .selectFrom('audit_log')
      .select(['action', 'path', 'username'])
      .where('action', '=', 'planVersion.importXlsx')
      .execute();
    expect(audit).toEqual([
      { action: 'planVersion.importXlsx', path: 'budget.lines[3].amounts.2027', username: 'economist' },
    ]);

    // Someone imports a different figure for the same cell from the old export: 409.
    const stale = await postXlsx(
      economist,
      path,
      await edited(exported, (s) => (s.getCell('E7').value = -1600)),
    );
    expect(stale.status).toBe(409);
  });

  it('answers 422 with each bad cell and stores nothing', async () => {
    const economist = await ctx.login('economist');
    const head = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', String(draft.number));
    const exported = await bytes(await economist.get(`${P}/versions/${draft.number}/report.xlsx`));
    const bad = await edited(exported, (s) => {
      s.getCell('D4').value = 50000; // a good change that must not be stored
      s.getCell('C7').value = 'tusen';
      s.getCell('D8').value = 10279.5;
    });
    const response = await postXlsx(
      economist,
      `${P}/versions/${draft.number}/import-xlsx?revision=${head.revision}`,
      bad,
    );
    expect(response.status).toBe(422);
    const error = ((await response.json()) as { error: { details: { issues: unknown[] } } }).error;
    expect(error.details.issues).toEqual([
      {
        cell: 'Budget!C7',
        message: 'not a number: found the text "tusen" (type the figure as a number, e.g. 10279)',
      },
      { cell: 'Budget!D8', message: '10279.5 has decimals; expected whole tkr' },
    ]);
    const after = await findVersion(ctx.db.db, ctx.orgId, 'nrf-2026-2028', String(draft.number));
    expect(after.revision).toBe(head.revision);
  });

  it('refuses to change a decided version', async () => {
    const admin = await ctx.login('admin');
    const exported = await bytes(await admin.get(`${P}/versions/1/report.xlsx`));
    const changed = await edited(exported, (s) => (s.getCell('E7').value = -1500));
    const response = await postXlsx(admin, `${P}/versions/1/import-xlsx?revision=2`, changed);
    expect(response.status).toBe(409);
  });
});

// The web app's files at / with the single-page fallback, and the API left alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from './testing/test-app.ts';
import type { TestContext } from './testing/test-app.ts';
import { mountWebApp, webAppBuilt } from './web-app.ts';

describe('the web app mounted on the API', () => {
  let ctx: TestContext;
  const dir = mkdtempSync(join(tmpdir(), 'planvis-web-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Planvis</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    ctx = await createTestContext('pglite');
    mountWebApp(ctx.app, dir);
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('knows whether the app is built', () => {
    expect(webAppBuilt(dir)).toBe(true);
    expect(webAppBuilt(join(dir, 'nothing-here'))).toBe(false);
  });

  it('serves index.html at / and for any page path', async () => {
    for (const path of ['/', '/plans/nrf-2026-2028/versions/1/budget', '/whatever']) {
      const response = await ctx.app.request(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Planvis</title>');
    }
  });

  it('serves hashed assets for a year and a missing asset as 404', async () => {
    const asset = await ctx.app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');
    expect((await ctx.app.request('/assets/missing.js')).status).toBe(404);
  });

  it('leaves the API and /healthz alone: unknown API paths stay 404 JSON', async () => {
    const missing = await ctx.app.request('/api/v1/no-such-thing');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await ctx.app.request('/api')).status).toBe(404);
    expect((await ctx.app.request('/healthz')).status).toBe(200);
    expect((await ctx.app.request('/api/v1/plans')).status).toBe(401);
  });

  it('does not answer writes to page paths with the page', async () => {
    expect((await ctx.app.request('/plans/x', { method: 'POST' })).status).toBe(404);
  });
});

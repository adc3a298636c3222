// The web app (built by Vite into dist/web) at /, with the single-page fallback: a GET
// for a path that is not a file and not the API gets index.html, so /plans/x/… can be
// reloaded and bookmarked. /api/* and /healthz are never touched: an unknown API path
// still gets the 404 JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';

/** Where `npm run build:web` (and `npm install`, through `prepare`) puts the web app. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function webAppBuilt(dir = WEB_DIST_DIR): boolean {
  return existsSync(join(dir, 'index.html'));
}

function isServerPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/healthz';
}

/** Call after createApp: the API's routes answer first. */
export function mountWebApp(app: OpenAPIHono<AppEnv>, dir = WEB_DIST_DIR): void {
  const files = serveStatic<AppEnv>({ root: dir });
  const index = serveStatic<AppEnv>({ root: dir, path: 'index.html' });
  app.use('*', async (c, next) => {
    if (isServerPath(c.req.path)) return next();
    // Vite names assets by content hash, so an existing asset never changes under its
    // name; everything else (the page) is revalidated so a new build is seen at once.
    const asset = /^\/assets\/[\w.-]+$/.test(c.req.path);
    if (!asset) c.header('Cache-Control', 'no-cache');
    else if (existsSync(join(dir, c.req.path)))
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return files(c, next);
  });
  app.use('*', async (c, next) => {
    if (isServerPath(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    // A missing asset is a 404, not the app's page.
    if (c.req.path.startsWith('/assets/')) return next();
    return index(c, next);
  });
}

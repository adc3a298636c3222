// A small History-API router: the app has a handful of pages addressed as
// /plans/{slug}/versions/{version}/{page}; a library would add weight for no gain yet.
import { useEffect, useState } from 'react';

export type PageId = 'overview' | 'budget' | 'contributions' | 'reconciliation';
export const PAGES: readonly PageId[] = ['overview', 'budget', 'contributions', 'reconciliation'];

export type Route =
  { kind: 'home' } | { kind: 'page'; slug: string; version: string; page: PageId } | { kind: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'home' };
  const match = /^\/plans\/([^/]+)\/versions\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  const page = match?.[3];
  if (match?.[1] && match[2] && page && (PAGES as readonly string[]).includes(page)) {
    return {
      kind: 'page',
      slug: decodeURIComponent(match[1]),
      version: decodeURIComponent(match[2]),
      page: page as PageId,
    };
  }
  return { kind: 'notFound' };
}

export function pagePath(slug: string, version: string, page: PageId): string {
  return `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}/${page}`;
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

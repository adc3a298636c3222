// A small History-API router: the app has a handful of pages, per plan version addressed as
// /plans/{slug}/versions/{version}/{page}, and organisation pages at /log and /users;
// a library would add weight for no gain yet.
import { useEffect, useState } from 'react';

export type PageId =
  'overview' | 'plan' | 'budget' | 'follow-up' | 'contributions' | 'reconciliation' | 'versions';
export const PAGES: readonly PageId[] = [
  'overview',
  'plan',
  'budget',
  'follow-up',
  'contributions',
  'reconciliation',
  'versions',
];

/** Pages of the organisation, not of one plan version. */
export type OrgPageId = 'log' | 'users';
export const ORG_PAGES: readonly OrgPageId[] = ['log', 'users'];

export type Route =
  | { kind: 'home' }
  | { kind: 'page'; slug: string; version: string; page: PageId }
  | { kind: 'org'; page: OrgPageId }
  | { kind: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'home' };
  const org = /^\/([a-z]+)\/?$/.exec(pathname)?.[1];
  if (org && (ORG_PAGES as readonly string[]).includes(org)) return { kind: 'org', page: org as OrgPageId };
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

export function orgPagePath(page: OrgPageId): string {
  return `/${page}`;
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

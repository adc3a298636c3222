// The frame around every page: organisation, user and role, logout, language, the plan
// and version picker, and the navigation (pages the role may not use are not listed).
import { Suspense, useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import type { Organisation, PlanSummary, SessionUser } from '../api/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import {
  BudgetPage,
  ContributionsPage,
  FollowUpPage,
  LogPage,
  PlanPage,
  ReconciliationPage,
  UsersPage,
  VersionsPage,
} from '../pages/lazy-pages.ts';
import { OverviewPage } from '../pages/OverviewPage.tsx';
import { userCan } from '../permissions.ts';
import type { Permission } from '../permissions.ts';
import { navigate, ORG_PAGES, orgPagePath, pagePath, PAGES, useRoute } from '../router.ts';
import type { OrgPageId, PageId } from '../router.ts';
import { SessionContext } from '../session.ts';
import { useApi } from '../use-api.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LoadState } from './LoadState.tsx';
import { PlanPicker } from './PlanPicker.tsx';

/** Follows an in-app link without reloading; modified clicks keep the browser's behaviour. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

type Props = { user: SessionUser; onLogout: () => void };

const ORG_PAGE_PERMISSION: Record<OrgPageId, Permission> = { log: 'audit:read', users: 'users:manage' };
/** Plan pages that need more than plan:read: the outcome and its vouchers are the office's, not the members'. */
const PAGE_PERMISSION: Partial<Record<PageId, Permission>> = { 'follow-up': 'plan:readDrafts' };

export function AppShell({ user, onLogout }: Props) {
  const { t } = useI18n();
  const route = useRoute();
  const organisation = useApi<Organisation>('/organisation');
  const plans = useApi<{ plans: PlanSummary[] }>('/plans');

  // "/" opens the overview of the newest plan's latest version.
  useEffect(() => {
    if (route.kind !== 'home' || plans.state !== 'ok') return;
    const newest = plans.data.plans.at(-1);
    if (newest) navigate(pagePath(newest.slug, String(newest.latest.number), 'overview'), { replace: true });
  }, [route.kind, plans]);

  // Organisation pages keep the navigation of the plan version last shown.
  const lastVersion = useRef<{ slug: string; version: string } | null>(null);
  if (route.kind === 'page') lastVersion.current = { slug: route.slug, version: route.version };
  const newest = plans.state === 'ok' ? plans.data.plans.at(-1) : undefined;
  const current =
    lastVersion.current ?? (newest ? { slug: newest.slug, version: String(newest.latest.number) } : null);
  const orgPages = ORG_PAGES.filter((page) => userCan(user, ORG_PAGE_PERMISSION[page]));

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="header-inner">
          <div className="identity">
            <span className="brand">{t.appName}</span>
            <span className="organisation">
              {organisation.state === 'ok' ? organisation.data.name : '\u00a0'}
            </span>
          </div>
          <div className="user-area">
            <span className="user">
              <span className="visually-hidden">{t.shell.loggedInAs} </span>
              <strong>{user.displayName}</strong> <span className="role">({t.shell.roles[user.role]})</span>
            </span>
            <LanguageSwitch />
            <button type="button" className="button-quiet" onClick={onLogout}>
              {t.shell.logout}
            </button>
          </div>
        </div>
      </header>
      {(route.kind === 'page' || route.kind === 'org') && (
        <div className="toolbar">
          <nav aria-label={t.shell.navigation} className="main-nav">
            <ul>
              {current &&
                PAGES.filter((page) => {
                  const needed = PAGE_PERMISSION[page];
                  return needed === undefined || userCan(user, needed);
                }).map((page) => (
                  <li key={page}>
                    <a
                      href={pagePath(current.slug, current.version, page)}
                      aria-current={route.kind === 'page' && page === route.page ? 'page' : undefined}
                      onClick={followLink}
                    >
                      {t.pages[page]}
                    </a>
                  </li>
                ))}
              {orgPages.map((page) => (
                <li key={page} className="org-page">
                  <a
                    href={orgPagePath(page)}
                    aria-current={route.kind === 'org' && page === route.page ? 'page' : undefined}
                    onClick={followLink}
                  >
                    {t.pages[page]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {route.kind === 'page' && plans.state === 'ok' && (
            <PlanPicker
              key={`${route.slug}/${route.version}`}
              plans={plans.data.plans}
              slug={route.slug}
              version={route.version}
              page={route.page}
            />
          )}
        </div>
      )}
      <main id="main" className="content" tabIndex={-1}>
        <SessionContext value={user}>
          <Suspense fallback={<p aria-busy="true">{t.loading}</p>}>
            {route.kind === 'page' && route.page === 'overview' && (
              <OverviewPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'budget' && (
              <BudgetPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'follow-up' && (
              <FollowUpPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'contributions' && (
              <ContributionsPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'reconciliation' && (
              <ReconciliationPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'plan' && (
              <PlanPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'page' && route.page === 'versions' && (
              <VersionsPage slug={route.slug} version={route.version} />
            )}
            {route.kind === 'org' &&
              (userCan(user, ORG_PAGE_PERMISSION[route.page]) ? (
                route.page === 'log' ? (
                  <LogPage />
                ) : (
                  <UsersPage />
                )
              ) : (
                <>
                  <h1>{t.pages.notAllowed}</h1>
                  <p>{t.pages.notAllowedText}</p>
                </>
              ))}
            {route.kind === 'home' &&
              (plans.state === 'ok' && plans.data.plans.length === 0 ? (
                <p>{t.shell.noPlans}</p>
              ) : (
                <LoadState loaded={plans} what={t.shell.plan} />
              ))}
            {route.kind === 'notFound' && (
              <>
                <h1>{t.pages.notFound}</h1>
                <p>{t.pages.notFoundText}</p>
                <p>
                  <a href="/" onClick={followLink}>
                    {t.pages.toOverview}
                  </a>
                </p>
              </>
            )}
          </Suspense>
        </SessionContext>
      </main>
    </>
  );
}

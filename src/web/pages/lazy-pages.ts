// The pages after Översikt load on first use (their own chunks), so the first render only
// parses what the landing page needs; issue 4 measures it in `npm run bench -- --only web`.
import { lazy } from 'react';

export const BudgetPage = lazy(() => import('./BudgetPage.tsx').then((m) => ({ default: m.BudgetPage })));
export const ContributionsPage = lazy(() =>
  import('./ContributionsPage.tsx').then((m) => ({ default: m.ContributionsPage })),
);
export const FollowUpPage = lazy(() =>
  import('./FollowUpPage.tsx').then((m) => ({ default: m.FollowUpPage })),
);
export const LogPage = lazy(() => import('./LogPage.tsx').then((m) => ({ default: m.LogPage })));
export const PlanPage = lazy(() => import('./PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
export const ReconciliationPage = lazy(() =>
  import('./ReconciliationPage.tsx').then((m) => ({ default: m.ReconciliationPage })),
);
export const UsersPage = lazy(() => import('./UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
export const VersionsPage = lazy(() =>
  import('./VersionsPage.tsx').then((m) => ({ default: m.VersionsPage })),
);

// Uppföljning (issue 5): the accounting from SIE, budget versus outcome with forecast and
// drill-down, the balanskravsutredning, and the liquidity guard with its payment check.
// Roles without budget:write or plan:import see the figures without the forms.
import { useState } from 'react';
import type { BalanceRequirementView, FollowUpView, LiquidityView } from '../api/follow-up-types.ts';
import type { BudgetView, VersionOverview } from '../api/types.ts';
import { BalanceRequirement } from '../components/follow-up/BalanceRequirement.tsx';
import { BudgetOutcome } from '../components/follow-up/BudgetOutcome.tsx';
import { Liquidity } from '../components/follow-up/Liquidity.tsx';
import { MappingSection } from '../components/follow-up/MappingSection.tsx';
import { SieImport } from '../components/follow-up/SieImport.tsx';
import '../components/follow-up/follow-up.css';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { useCan } from '../session.ts';
import { useApi } from '../use-api.ts';

/** This calendar year when the budget has it, else the first year budgeted (not a comparison). */
function defaultYear(columns: BudgetView['columns']): number | null {
  const now = new Date().getFullYear();
  if (columns.some((c) => c.year === now)) return now;
  return (columns.find((c) => c.status === 'budget') ?? columns[0])?.year ?? null;
}

export function FollowUpPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const mayRead = useCan('plan:readDrafts');
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const budget = useApi<BudgetView>(mayRead ? `${base}/budget` : null);
  const [picked, setPicked] = useState<{ year: number; through: number | null } | null>(null);
  const columns = budget.state === 'ok' ? budget.data.columns : [];
  const year = picked?.year ?? defaultYear(columns);
  const through = picked?.through ?? null;
  const ready = mayRead && year !== null;
  const followUp = useApi<FollowUpView>(
    ready ? `${base}/follow-up?year=${year}${through === null ? '' : `&through=${through}`}` : null,
  );
  const balance = useApi<BalanceRequirementView>(
    ready ? `${base}/follow-up/balance-requirement?year=${year}` : null,
  );
  const liquidity = useApi<LiquidityView>(ready ? `${base}/follow-up/liquidity` : null);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;
  const title = t.pages['follow-up'];

  if (!mayRead)
    return (
      <>
        <PageHeading title={title} plan={plan} />
        <p>{t.followUp.notAllowed}</p>
      </>
    );
  if (year === null)
    return (
      <>
        <PageHeading title={title} plan={plan} />
        <LoadState loaded={budget} what={title} />
      </>
    );

  const reloadAll = () => {
    for (const loaded of [followUp, balance, liquidity]) {
      if (loaded.state === 'ok') loaded.reload();
      if (loaded.state === 'error') loaded.retry();
    }
  };
  return (
    <>
      <PageHeading title={title} plan={plan} />
      <div className="fu-layout">
        <SieImport source={followUp.state === 'ok' ? followUp.data.source : null} onImported={reloadAll} />
        <BudgetOutcome
          base={base}
          years={columns.map((c) => c.year)}
          year={year}
          through={through}
          loaded={followUp}
          onPick={(y, n) => setPicked({ year: y, through: n })}
          onForecastChanged={reloadAll}
        />
        <MappingSection
          base={base}
          followUp={followUp.state === 'ok' ? followUp.data : null}
          onSaved={reloadAll}
        />
        <BalanceRequirement base={base} year={year} loaded={balance} />
        <Liquidity base={base} loaded={liquidity} />
      </div>
    </>
  );
}

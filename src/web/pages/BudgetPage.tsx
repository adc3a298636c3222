// Budget (read-only for now): lines × years in the table's unit, then the result as the
// plan states it and as Planvis computes it; a stated figure that differs is marked with
// a symbol and a text, not by colour alone.
import type { BudgetView, VersionOverview } from '../api/types.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TableScroll } from '../components/Status.tsx';
import { amount } from '../format.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useApi } from '../use-api.ts';

export function BudgetPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const budget = useApi<BudgetView>(`${base}/budget`);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;

  if (budget.state !== 'ok')
    return (
      <>
        <PageHeading title={t.pages.budget} plan={plan} />
        <LoadState loaded={budget} what={t.pages.budget} />
      </>
    );
  const b = budget.data;
  const resultOf = (year: number) => b.result.rows.find((r) => r.year === year);
  const caption = t.budget.caption(b.title, b.unit);

  return (
    <>
      <PageHeading title={t.pages.budget} plan={plan} />
      <p className="muted">{t.budget.readOnly}</p>
      <TableScroll label={caption}>
        <table className="figures budget">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.budget.line}</th>
              {b.columns.map((c) => (
                <th scope="col" className="num" key={c.year}>
                  {c.label}
                  <span className="column-status">{t.budget.columnStatus[c.status] ?? c.status}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{line.label}</th>
                {b.columns.map((c) => {
                  const value = line.amountsOre[String(c.year)];
                  return (
                    <td className="num" key={c.year}>
                      {value === undefined ? '–' : amount(value, b.unit)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="result-stated">
              <th scope="row">{t.budget.statedResult(b.result.label)}</th>
              {b.columns.map((c) => {
                const r = resultOf(c.year);
                if (!r || r.statedOre === null)
                  return (
                    <td className="num" key={c.year}>
                      –
                    </td>
                  );
                return (
                  <td className={r.differs ? 'num differs' : 'num'} key={c.year}>
                    {r.differs && (
                      <span className="differs-mark" title={t.budget.differsMark}>
                        <span aria-hidden="true">⚠ </span>
                        <span className="visually-hidden">{t.budget.differsMark}: </span>
                      </span>
                    )}
                    {amount(r.statedOre, b.unit)}
                  </td>
                );
              })}
            </tr>
            <tr className="result-computed">
              <th scope="row">{t.budget.computedResult(b.result.label)}</th>
              {b.columns.map((c) => {
                const r = resultOf(c.year);
                return (
                  <td className="num" key={c.year}>
                    {r ? amount(r.computedOre, b.unit) : '–'}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {b.result.rows.some((r) => r.differs) && <p className="legend-text">{t.budget.legend}</p>}
      {b.deficitAllowance && (
        <p className="note">
          {t.budget.deficitAllowance(
            b.deficitAllowance.years.join(', '),
            b.deficitAllowance.law,
            b.deficitAllowance.decisionId !== null,
          )}
        </p>
      )}
    </>
  );
}

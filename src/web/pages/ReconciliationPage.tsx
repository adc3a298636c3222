// Avstämning: each stated figure that disagrees with its parts, with table, row, column,
// stated, computed and difference. The description comes from the rule in the chosen
// language; the core's own message (English) is kept as the cell's title. Each finding
// links to the page that shows its figure, with the cell highlighted (?cell=<path>).
import type { Finding, FindingsView, VersionOverview } from '../api/types.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Status, TableScroll } from '../components/Status.tsx';
import { followLink } from '../components/AppShell.tsx';
import { amount, percent } from '../format.ts';
import { highlightLink } from '../highlight.ts';
import { pagePath } from '../router.ts';
import type { PageId } from '../router.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useApi } from '../use-api.ts';

function figure(f: Finding, value: number | string | undefined): string {
  if (value === undefined) return '–';
  if (typeof value === 'string') return percent(value);
  return amount(value, f.unit ?? 'kr');
}

/** The page that shows a finding's figure, by the first part of its path. */
function pageOf(path: string): PageId | null {
  if (/^(budget|revenueNotes)\b/.test(path)) return 'budget';
  if (/^(contributions|populationShares)\b/.test(path)) return 'contributions';
  return null;
}

export function ReconciliationPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const findings = useApi<FindingsView>(`${base}/findings`);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;

  return (
    <>
      <PageHeading title={t.pages.reconciliation} plan={plan} />
      {findings.state !== 'ok' ? (
        <LoadState loaded={findings} what={t.pages.reconciliation} />
      ) : findings.data.findings.length === 0 ? (
        <p>
          <Status tone="good">{t.reconciliation.none}</Status>
        </p>
      ) : (
        <>
          <p className="muted">{t.reconciliation.intro}</p>
          <TableScroll label={t.reconciliation.caption(findings.data.findings.length)}>
            <table className="figures findings">
              <caption>{t.reconciliation.caption(findings.data.findings.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.reconciliation.table}</th>
                  <th scope="col">{t.reconciliation.row}</th>
                  <th scope="col">{t.reconciliation.column}</th>
                  <th scope="col" className="num">
                    {t.reconciliation.stated}
                  </th>
                  <th scope="col" className="num">
                    {t.reconciliation.computed}
                  </th>
                  <th scope="col" className="num">
                    {t.reconciliation.difference}
                  </th>
                  <th scope="col">{t.reconciliation.message}</th>
                  <th scope="col">{t.reconciliation.cellLink}</th>
                </tr>
              </thead>
              <tbody>
                {findings.data.findings.map((f) => (
                  <tr key={`${f.rule}:${f.path}`}>
                    <td>{f.table}</td>
                    <th scope="row">{f.row}</th>
                    <td>{f.column}</td>
                    <td className="num">
                      {figure(f, f.stated)}
                      {f.unit && <span className="unit"> {f.unit}</span>}
                    </td>
                    <td className="num">
                      {figure(f, f.computed)}
                      {f.unit && <span className="unit"> {f.unit}</span>}
                    </td>
                    <td className="num">{figure(f, f.difference)}</td>
                    <td className="message" title={f.message}>
                      {t.reconciliation.rules[f.rule] ?? f.message}
                    </td>
                    <td>
                      {pageOf(f.path) && (
                        <a
                          href={highlightLink(pagePath(slug, version, pageOf(f.path) ?? 'overview'), f.path)}
                          onClick={followLink}
                        >
                          {t.reconciliation.show}
                          <span className="visually-hidden">
                            : {f.row}, {f.column}
                          </span>
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}

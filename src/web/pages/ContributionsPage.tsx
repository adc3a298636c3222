// Medlemsbidrag (read-only): the population shares with their source, and each contribution
// table as the plan's Bilaga 1 sets it out — rows per area, a column per member and the
// total. A stated member amount that differs from Planvis's split of the row's total is
// marked with a symbol, a border and the computed figure as text, not by colour alone.
import type { ContributionRow, ContributionsView, VersionOverview } from '../api/types.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { TableScroll } from '../components/Status.tsx';
import { amount, percent } from '../format.ts';
import { useHighlight } from '../highlight.ts';
import { useI18n } from '../i18n/I18n.tsx';
import type { Messages } from '../i18n/sv.ts';
import { useApi } from '../use-api.ts';

type Table = ContributionsView['tables'][number];

/** Members in the order the shares list them, then any others the tables name. */
function memberCodes(view: ContributionsView): string[] {
  const codes = new Set(Object.keys(view.populationShares?.shares ?? {}));
  for (const table of view.tables) {
    for (const area of table.areas)
      for (const row of area.rows) for (const code of Object.keys(row.perMemberOre ?? {})) codes.add(code);
    for (const code of Object.keys(table.totalRow.perMemberOre ?? {})) codes.add(code);
  }
  return [...codes];
}

/** A cell's path in the plan (as findings name it) and its class, marked when Avstämning linked to it. */
function marked(path: string, highlight: string | null, className = 'num') {
  return { 'data-path': path, className: highlight === path ? `${className} highlight` : className };
}

function MemberCell({
  row,
  code,
  unit,
  t,
  path,
  highlight,
}: {
  row: ContributionRow;
  code: string;
  unit: Table['unit'];
  t: Messages;
  path: string;
  highlight: string | null;
}) {
  const stated = row.perMemberOre?.[code];
  if (stated === undefined) return <td {...marked(path, highlight)}>–</td>;
  const computed = row.computedOre?.[code];
  if (computed === undefined || computed === stated)
    return <td {...marked(path, highlight)}>{amount(stated, unit)}</td>;
  return (
    <td {...marked(path, highlight, 'num differs')}>
      <span className="differs-mark" title={t.contributions.differsMark}>
        <span aria-hidden="true">⚠ </span>
        <span className="visually-hidden">{t.contributions.differsMark}: </span>
      </span>
      {amount(stated, unit)}{' '}
      <span className="computed-note">{t.contributions.computed(amount(computed, unit))}</span>
    </td>
  );
}

export function ContributionsPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  const base = `/plans/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;
  const overview = useApi<VersionOverview>(base);
  const contributions = useApi<ContributionsView>(`${base}/contributions`);
  const plan = overview.state === 'ok' ? overview.data.overview.title : undefined;
  const highlight = useHighlight(contributions.state === 'ok');

  if (contributions.state !== 'ok')
    return (
      <>
        <PageHeading title={t.pages.contributions} plan={plan} />
        <LoadState loaded={contributions} what={t.pages.contributions} />
      </>
    );
  const c = contributions.data;
  const members = memberCodes(c);
  const shares = c.populationShares;
  const anyDiffers = c.tables.some((table) =>
    table.areas.some((a) =>
      a.rows.some((r) =>
        members.some(
          (code) =>
            r.perMemberOre?.[code] !== undefined &&
            r.computedOre?.[code] !== undefined &&
            r.computedOre[code] !== r.perMemberOre[code],
        ),
      ),
    ),
  );

  return (
    <>
      <PageHeading title={t.pages.contributions} plan={plan} />
      <section aria-labelledby="shares-heading">
        <h2 id="shares-heading">{t.contributions.sharesHeading}</h2>
        {shares ? (
          <>
            <p className="note">{t.contributions.sharesSource(shares.source, shares.referenceDate)}</p>
            <TableScroll label={t.contributions.sharesCaption}>
              <table className="figures shares">
                <caption>{t.contributions.sharesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.contributions.member}</th>
                    <th scope="col" className="num">
                      {t.contributions.share}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(shares.shares).map(([code, share]) => (
                    <tr key={code}>
                      <th scope="row">{code}</th>
                      <td className="num">{percent(share)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ) : (
          <p>{t.contributions.noShares}</p>
        )}
      </section>
      <section aria-labelledby="contribution-tables-heading">
        <h2 id="contribution-tables-heading">{t.contributions.tablesHeading}</h2>
        {c.tables.length === 0 && <p>{t.contributions.noTables}</p>}
        {c.tables.map((table, tableIndex) => {
          const caption = t.contributions.caption(table.title, table.unit);
          const columns = members.length + 2;
          return (
            <TableScroll label={caption} key={`${table.year}-${table.title}`}>
              <table className="figures contributions">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.contributions.area}</th>
                    {members.map((code) => (
                      <th scope="col" className="num" key={code}>
                        {code}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t.contributions.total}
                    </th>
                  </tr>
                </thead>
                {table.areas.map((area, areaIndex) => (
                  <tbody key={area.area}>
                    <tr className="area-heading">
                      <th scope="rowgroup" colSpan={columns}>
                        {area.heading}
                      </th>
                    </tr>
                    {area.rows.map((row, index) => (
                      <tr key={`${row.label}-${index}`}>
                        <th scope="row" className="row-label">
                          {row.label}
                        </th>
                        {members.map((code) => (
                          <MemberCell
                            key={code}
                            row={row}
                            code={code}
                            unit={table.unit}
                            t={t}
                            path={`contributions[${tableIndex}].areas[${areaIndex}].rows[${index}].perMember.${code}`}
                            highlight={highlight}
                          />
                        ))}
                        <td
                          {...marked(
                            `contributions[${tableIndex}].areas[${areaIndex}].rows[${index}].total`,
                            highlight,
                          )}
                        >
                          {row.totalOre === null ? '–' : amount(row.totalOre, table.unit)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                ))}
                <tfoot>
                  <tr>
                    <th scope="row">{table.totalRow.label}</th>
                    {members.map((code) => {
                      const value = table.totalRow.perMemberOre?.[code];
                      return (
                        <td
                          key={code}
                          {...marked(`contributions[${tableIndex}].totalRow.perMember.${code}`, highlight)}
                        >
                          {value === undefined ? '–' : amount(value, table.unit)}
                        </td>
                      );
                    })}
                    <td {...marked(`contributions[${tableIndex}].totalRow.total`, highlight)}>
                      {table.totalRow.totalOre === null ? '–' : amount(table.totalRow.totalOre, table.unit)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </TableScroll>
          );
        })}
        {anyDiffers && <p className="legend-text">{t.contributions.legend}</p>}
      </section>
    </>
  );
}

// A readable diff between two versions: one table per section of the plan, each change
// as place, before and after, amounts in sv-SE format with their unit.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DiffChange, PlanDiff, PlanVersion } from '../../api/admin-types.ts';
import type { BudgetView, ContributionsView } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useApi } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { TableScroll } from '../Status.tsx';
import { describeChange, valueText } from './describe-change.ts';
import type { DescribedChange, DiffContext } from './describe-change.ts';

type Props = { slug: string; versions: PlanVersion[]; defaultTo: PlanVersion | undefined };

type Pair = { from: string; to: string };

function defaultPair(versions: PlanVersion[], to: PlanVersion | undefined): Pair | null {
  if (!to || versions.length < 2) return null;
  const base = versions.find((v) => v.id === to.basedOn);
  const before = base ?? [...versions].reverse().find((v) => v.number < to.number);
  if (before) return { from: String(before.number), to: String(to.number) };
  const after = versions.find((v) => v.number > to.number);
  return after ? { from: String(to.number), to: String(after.number) } : null;
}

export function DiffView({ slug, versions, defaultTo }: Props) {
  const { t } = useI18n();
  const m = t.versions;
  const initial = defaultPair(versions, defaultTo);
  const [choice, setChoice] = useState<Pair>(initial ?? { from: '', to: '' });
  const [shown, setShown] = useState<Pair | null>(initial);
  const base = `/plans/${encodeURIComponent(slug)}`;
  const valid = shown !== null && shown.from !== shown.to;
  const diff = useApi<PlanDiff>(
    valid ? `${base}/diff?from=${encodeURIComponent(shown.from)}&to=${encodeURIComponent(shown.to)}` : null,
  );
  const version = (n: string | undefined) => `${base}/versions/${encodeURIComponent(n ?? '')}`;
  const budgetFrom = useApi<BudgetView>(valid ? `${version(shown.from)}/budget` : null);
  const budgetTo = useApi<BudgetView>(valid ? `${version(shown.to)}/budget` : null);
  const contributions = useApi<ContributionsView>(valid ? `${version(shown.to)}/contributions` : null);

  if (versions.length < 2) return <p>{m.diffOnlyOne}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown({ ...choice });
  };
  const options = [...versions].reverse().map((v) => (
    <option key={v.id} value={String(v.number)}>
      {m.version(v.number)} ({(m.status[v.status] ?? v.status).toLowerCase()})
    </option>
  ));

  return (
    <>
      <form className="inline-fields diff-form" onSubmit={submit}>
        <div className="field-inline">
          <label htmlFor="diff-from">{m.diffFrom}</label>
          <select
            id="diff-from"
            value={choice.from}
            onChange={(e) => setChoice({ ...choice, from: e.target.value })}
          >
            {options}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor="diff-to">{m.diffTo}</label>
          <select
            id="diff-to"
            value={choice.to}
            onChange={(e) => setChoice({ ...choice, to: e.target.value })}
          >
            {options}
          </select>
        </div>
        <button type="submit" className="button-quiet">
          {m.diffShow}
        </button>
      </form>
      <div role="status" className="diff-status">
        {shown !== null && !valid && <p>{m.diffSame}</p>}
        {valid && diff.state === 'ok' && (
          <p>
            {diff.data.changes.length === 0
              ? m.diffNone(diff.data.from.number, diff.data.to.number)
              : m.diffSummary(diff.data.changes.length, diff.data.from.number, diff.data.to.number)}
          </p>
        )}
      </div>
      {valid && diff.state !== 'ok' && <LoadState loaded={diff} what={m.diffHeading} />}
      {valid && diff.state === 'ok' && (
        <DiffTables
          changes={diff.data.changes}
          context={{
            budgetFrom: budgetFrom.state === 'ok' ? budgetFrom.data : null,
            budgetTo: budgetTo.state === 'ok' ? budgetTo.data : null,
            contributions: contributions.state === 'ok' ? contributions.data : null,
            statedResult: m.statedResult,
          }}
        />
      )}
    </>
  );
}

function DiffTables({ changes, context }: { changes: DiffChange[]; context: DiffContext }) {
  const { t } = useI18n();
  const m = t.versions;
  const sections = new Map<string, { change: DiffChange; described: DescribedChange }[]>();
  for (const change of changes) {
    const described = describeChange(change, context);
    const list = sections.get(described.section) ?? [];
    list.push({ change, described });
    sections.set(described.section, list);
  }
  return (
    <>
      {[...sections].map(([section, rows]) => {
        const caption = m.diffCaption(m.sections[section] ?? section, rows.length);
        // Amount columns align right, headers with them; text columns stay left.
        const valueHead = rows.every((r) => r.described.unit !== null) ? 'diff-value num' : 'diff-value';
        return (
          <TableScroll key={section} label={caption}>
            <table className="diff">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.where}</th>
                  <th scope="col" className={valueHead}>
                    {m.before}
                  </th>
                  <th scope="col" className={valueHead}>
                    {m.after}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ change, described }) => {
                  const money = described.unit !== null;
                  const cell = (value: unknown) => valueText(value, described.unit, m.empty, m.structure);
                  return (
                    <tr key={`${change.path}-${change.change}`}>
                      <th scope="row">
                        {described.place ?? <code>{change.path}</code>}
                        {change.change !== 'changed' && (
                          <span className="change-kind"> ({m.change[change.change]})</span>
                        )}
                        {described.place !== null && <code className="path">{change.path}</code>}
                      </th>
                      <td className={money ? 'num diff-before' : 'diff-before'}>{cell(change.before)}</td>
                      <td className={money ? 'num diff-after' : 'diff-after'}>
                        <span className="arrow" aria-hidden="true">
                          →{' '}
                        </span>
                        {cell(change.after)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </>
  );
}

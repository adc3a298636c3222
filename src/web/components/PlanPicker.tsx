// Choose a plan and a version; "Visa" applies the choice (changing a select alone does
// not move the user to another page, WCAG 3.2.2).
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PlanSummary, VersionSummary } from '../api/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { navigate, pagePath } from '../router.ts';
import type { PageId } from '../router.ts';
import { useApi } from '../use-api.ts';

type Props = { plans: PlanSummary[]; slug: string; version: string; page: PageId };

export function PlanPicker({ plans, slug, version, page }: Props) {
  const { t } = useI18n();
  const [chosenPlan, setChosenPlan] = useState(slug);
  const [chosenVersion, setChosenVersion] = useState(version);
  const versions = useApi<{ versions: VersionSummary[] }>(
    `/plans/${encodeURIComponent(chosenPlan)}/versions`,
  );
  const options = versions.state === 'ok' ? versions.data.versions : [];
  const versionLabel = (v: VersionSummary) =>
    `${v.number}${v.label ? ` – ${v.label}` : ''} (${t.shell.versionStatus[v.status] ?? v.status})`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const known = options.some((v) => String(v.number) === chosenVersion);
    const target = known ? chosenVersion : String(options.at(-1)?.number ?? 'latest');
    navigate(pagePath(chosenPlan, target, page));
  };

  return (
    <section className="plan-picker" aria-label={t.shell.pickerLabel}>
      <form onSubmit={submit}>
        <div className="field-inline">
          <label htmlFor="plan-select">{t.shell.plan}</label>
          <select
            id="plan-select"
            value={chosenPlan}
            onChange={(e) => {
              setChosenPlan(e.target.value);
              setChosenVersion('latest');
            }}
          >
            {plans.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.slug}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor="version-select">{t.shell.version}</label>
          <select
            id="version-select"
            value={chosenVersion}
            onChange={(e) => setChosenVersion(e.target.value)}
          >
            {!options.some((v) => String(v.number) === chosenVersion) && (
              <option value={chosenVersion}>{chosenVersion === 'latest' ? '–' : chosenVersion}</option>
            )}
            {options.map((v) => (
              <option key={v.id} value={String(v.number)}>
                {versionLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-quiet">
          {t.shell.show}
        </button>
      </form>
    </section>
  );
}

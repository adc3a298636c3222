// What a SIE import read: company, year, counts (sv-SE groups: "200 000"), period and every
// warning kept.
import { count } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import type { SieImportSummary } from './sie-types.ts';

export function SieSummary({ summary }: { summary: SieImportSummary }) {
  const { t } = useI18n();
  const m = t.followUp.sie;
  const period = summary.coverageDate
    ? `${summary.financialYear.start} – ${summary.coverageDate}`
    : `${summary.financialYear.start} – ${summary.financialYear.end}`;
  return (
    <div className="fu-summary">
      <h3 className="fu-subheading">{m.summaryCaption}</h3>
      <dl className="facts fu-facts" data-testid="sie-summary">
        <dt>{m.company}</dt>
        <dd>{summary.company.name ?? summary.company.orgNumber ?? '–'}</dd>
        <dt>{m.accounts}</dt>
        <dd className="num-inline">{count(summary.read.accounts)}</dd>
        <dt>{m.vouchers}</dt>
        <dd className="num-inline">{count(summary.read.vouchers)}</dd>
        <dt>{m.transactions}</dt>
        <dd className="num-inline">{count(summary.read.transactions)}</dd>
        <dt>{m.period}</dt>
        <dd>{period}</dd>
        {summary.voucherDates && (
          <>
            <dt>{m.voucherDates}</dt>
            <dd>
              {summary.voucherDates.first} – {summary.voucherDates.last}
            </dd>
          </>
        )}
        <dt>{m.warnings}</dt>
        <dd>{count(summary.warningCount)}</dd>
      </dl>
      {summary.warnings.length > 0 ? (
        <ul className="fu-warnings">
          {summary.warnings.map((w, i) => (
            <li key={i}>
              {m.line} {w.line}:{w.column}: <code>{w.text}</code> – {w.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{m.noWarnings}</p>
      )}
    </div>
  );
}

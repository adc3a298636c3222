// Plain download links to the documents the API renders from the plan's data: the plan as
// PDF, DOCX and XLSX, or with a follow-up period its follow-up report (PDF, DOCX). The
// session cookie authorises the request and the API's Content-Disposition names the file.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';
import './documents.css';

type Format = 'pdf' | 'docx' | 'xlsx';

const MIME: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Props = {
  /** The version's API path below /api/v1: /plans/{slug}/versions/{version}. */
  base: string;
  /** A follow-up period: its follow-up report instead of the plan. */
  period?: { id: string; name: string } | undefined;
  className?: string;
};

/** The file's address; exported for the links' tests. */
export function reportHref(base: string, format: Format, periodId?: string): string {
  return `/api/v1${base}/report.${format}${periodId === undefined ? '' : `?period=${encodeURIComponent(periodId)}`}`;
}

export function DocumentDownloads({ base, period, className }: Props) {
  const { t } = useI18n();
  const m = t.documents;
  const id = useId();
  const items = period
    ? (['pdf', 'docx'] as const).map((f) => ({
        format: f,
        title: m.followUpTitle(period.name),
        description: m.followUpDescription[f],
      }))
    : (['pdf', 'docx', 'xlsx'] as const).map((f) => ({
        format: f,
        title: f === 'xlsx' ? m.workbookTitle : m.planTitle,
        description: m.planDescription[f],
      }));
  return (
    <section className={`card documents ${className ?? ''}`.trimEnd()} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{period ? m.followUpHeading(period.name) : m.downloadsHeading}</h2>
      <p className="muted">{period ? m.followUpIntro : m.downloadsIntro}</p>
      <ul className="downloads">
        {items.map(({ format, title, description }) => (
          <li key={format}>
            <span className={`file-type file-type-${format}`} aria-hidden="true">
              {m.fileType[format]}
            </span>
            <span className="download-text">
              <a
                href={reportHref(base, format, period?.id)}
                download
                type={MIME[format]}
                aria-describedby={`${id}-${format}`}
              >
                {title} ({m.formatName[format]})
              </a>
              <span id={`${id}-${format}`} className="hint">
                {m.fileType[format]}, {description}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

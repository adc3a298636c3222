// The page's h1 with the plan it shows; takes focus when the page changes so screen
// reader and keyboard users start at the new content.
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18n.tsx';

type Props = { title: string; plan?: string | undefined };

export function PageHeading({ title, plan }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title}${plan ? ` – ${plan}` : ''} – ${t.appName}`;
  }, [title, plan, t]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {plan && <p className="plan-title">{plan}</p>}
    </div>
  );
}
